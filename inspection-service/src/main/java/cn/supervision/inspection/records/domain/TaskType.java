package cn.supervision.inspection.records.domain;

/** Why the object is inspected: drawn at random (双随机), or a targeted follow-up (定向, never disguised as random). */
public enum TaskType {
    RANDOM,
    FOLLOW_UP
}
