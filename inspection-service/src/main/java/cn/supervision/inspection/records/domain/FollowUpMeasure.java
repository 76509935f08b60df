package cn.supervision.inspection.records.domain;

/** 后续处置: what happens after a violation is found. */
public enum FollowUpMeasure {
    /** 无需后续处置 */ NONE,
    /** 反馈日常监管部门 */ BACK_TO_ROUTINE_SUPERVISION,
    /** 责令改正 (needs a rectification deadline) */ RECTIFICATION_ORDER,
    /** 发现案件线索移送办案机构 */ CASE_REFERRAL,
    /** 抄告相关部门 */ NOTIFY_DEPARTMENT,
    /** 移送公安司法机关 */ CRIMINAL_REFERRAL
}
