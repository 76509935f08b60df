package cn.supervision.inspection.records.domain;

/** The result workflow: 未录入 → 录入中 → 待审核 → 审核退回 → 已完成 (then published by disclosure-service). */
public enum InspectionStatus {
    /** 未录入: opened by the draw, no result yet. */
    ASSIGNED,
    /** 录入中: some departments' results entered, not all. */
    IN_PROGRESS,
    /** 待审核: every check item has a result; awaiting review. */
    SUBMITTED,
    /** 审核退回: the reviewer sent it back; results may be entered again. */
    RETURNED,
    /** 审核通过: approved; the result is produced and goes out to disclosure and credit. Final. */
    COMPLETED
}
