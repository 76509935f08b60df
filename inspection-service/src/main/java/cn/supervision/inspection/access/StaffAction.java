package cn.supervision.inspection.access;

/** The staff writes on an inspection record, as the department scope sees them. */
public enum StaffAction {
    NOTIFY_BUSINESS, START_VISIT, ENTER_RESULTS, SUBMIT, DECLARE_OUTCOME, ADD_EVIDENCE, REVIEW
}
