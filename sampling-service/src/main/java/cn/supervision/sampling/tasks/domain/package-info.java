/** The rules of a sampling task (抽查任务): its definition, strata, teams and who is eligible. Pure Java. */
package cn.supervision.sampling.tasks.domain;
