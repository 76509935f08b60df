package cn.supervision.credit.rules.domain;

/** What a rule can react to: the kinds of entry of a credit file, plus an unresolved follow-up (a fact credit derives itself). */
public enum FactKind {
    INSPECTION_RESULT, VIOLATION, REFUSAL, CRIMINAL_REFERRAL,
    /** 整改逾期未改正: a rectification order still not corrected after the last re-inspection the rules allow. */
    FOLLOW_UP_UNRESOLVED
}
