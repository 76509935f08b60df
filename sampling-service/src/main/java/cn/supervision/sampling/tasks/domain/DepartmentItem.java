package cn.supervision.sampling.tasks.domain;

/** A check item a department checks in a task. */
public record DepartmentItem(String department, String code) {
}
