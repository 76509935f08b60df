package cn.supervision.credit.rules.domain;

/** The credit lists (信用名单) an object can be put on. */
public enum CreditList {
    /** 经营异常名录 */
    ABNORMAL_OPERATIONS,
    /** 严重违法失信名单 */
    SERIOUS_VIOLATION
}
