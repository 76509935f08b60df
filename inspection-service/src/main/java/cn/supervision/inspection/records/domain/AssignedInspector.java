package cn.supervision.inspection.records.domain;

/** An inspector the draw assigned to this record; they may enter the results of their own department's items. */
public record AssignedInspector(String inspectorId, String name, String department) {
}
