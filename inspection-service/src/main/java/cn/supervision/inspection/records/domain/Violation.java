package cn.supervision.inspection.records.domain;

import java.time.LocalDate;

/** A violation found on one check item: the legal provision broken, how serious, what follows. */
public record Violation(String legalProvision, Severity severity, FollowUpMeasure measure, LocalDate rectificationDeadline) {
}
