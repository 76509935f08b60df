package cn.supervision.inspection.records.domain;

/** How serious a violation is (轻微 / 一般 / 严重); credit-service weighs it. */
public enum Severity { MINOR, GENERAL, SERIOUS }
