package cn.supervision.inspection.records.domain;

/** The record's workflow: 已分派 → 已通知 → 检查中 → 待审核 → 审核退回 → 已完成 (then published by disclosure-service). */
public enum InspectionStatus {
    /** 已分派 (未录入): opened by the draw, nothing done yet. */
    ASSIGNED,
    /** 已通知: the business was told of the visit and what to prepare (optional step). */
    NOTIFIED,
    /** 检查中 (录入中): the visit started, or some departments' results are entered, not all. */
    IN_PROGRESS,
    /** 待审核: every check item has a result (or the visit ended on a side path); awaiting review. */
    SUBMITTED,
    /** 审核退回: the reviewer sent it back; results may be entered again. */
    RETURNED,
    /** 审核通过: approved; the result is produced and goes out to disclosure and credit. Final. */
    COMPLETED;

    /** Inspectors may still work on the record (enter, notify, attach evidence). */
    public boolean open() {
        return this != SUBMITTED && this != COMPLETED;
    }
}
