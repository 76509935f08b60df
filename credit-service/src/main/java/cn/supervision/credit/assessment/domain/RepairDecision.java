package cn.supervision.credit.assessment.domain;

import java.time.LocalDate;

import cn.supervision.credit.rules.domain.CreditList;

/** An approved credit-repair application (信用修复): takes the object off {@code list} on {@code decidedOn}. */
public record RepairDecision(String applicationId, CreditList list, LocalDate decidedOn) {
}
