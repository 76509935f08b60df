package cn.supervision.inspection.records.domain;

import java.time.LocalDate;

/** Who declared that the visit ended on a side path, why, and on which day (the refusal day for a refusal). */
public record OutcomeDeclaration(VisitOutcome outcome, String reason, String declaredBy, LocalDate on) {
}
