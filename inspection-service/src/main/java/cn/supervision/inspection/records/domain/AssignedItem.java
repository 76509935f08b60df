package cn.supervision.inspection.records.domain;

/** A check item the draw put on this record, with the department whose inspectors enter its result. */
public record AssignedItem(String department, String checkItem) {
}
