package cn.supervision.credit.rules.domain;

/** 信用风险分类: A low, B general, C fairly high, D high. */
public enum RiskLevel {
    A, B, C, D
}
