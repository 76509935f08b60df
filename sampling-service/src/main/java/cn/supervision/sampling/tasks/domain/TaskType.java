package cn.supervision.sampling.tasks.domain;

/** RANDOM tasks are drawn by DRAW-1 and count as random coverage; FOLLOW_UP tasks (后续监管) are targeted and never do. */
public enum TaskType { RANDOM, FOLLOW_UP }
