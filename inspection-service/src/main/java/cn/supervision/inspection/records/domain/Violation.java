package cn.supervision.inspection.records.domain;

import java.time.LocalDate;

/**
 * A violation found on one check item: the legal provision broken, how serious, what follows. {@code referredTo} names
 * the police or judicial body for a criminal referral (移送公安司法机关), when known.
 */
public record Violation(String legalProvision, Severity severity, FollowUpMeasure measure, LocalDate rectificationDeadline, String referredTo) {
}
