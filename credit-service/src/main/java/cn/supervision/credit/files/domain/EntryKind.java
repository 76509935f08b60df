package cn.supervision.credit.files.domain;

/** What an entry of a credit file records. */
public enum EntryKind {
    /** 抽查检查结果: the outcome of an approved inspection, with the category of each checked item. */
    INSPECTION_RESULT,
    /** 违法违规行为: one violation found, with its legal basis and the measure taken. */
    VIOLATION,
    /** 不配合检查 (category 8): the object refused or obstructed the inspection. */
    REFUSAL,
    /** 移送公安司法机关: a suspected crime referred to the police or judiciary. */
    CRIMINAL_REFERRAL
}
