/** Yearly plans (抽查计划) and coverage against the plan and the 10 % floor. Pure Java. */
package cn.supervision.sampling.plans.domain;
