package cn.supervision.credit.repair.domain;

import java.time.LocalDate;

import cn.supervision.credit.rules.domain.CreditList;

/**
 * 信用修复申请: an application to take an object off a list, and its decision. {@code ruleVersion} is the rule book
 * whose conditions the decision applied.
 */
public record RepairApplication(String applicationId, CreditList list, String applicant, String reason, LocalDate appliedOn,
        Status status, String decidedBy, LocalDate decidedOn, String note, String ruleVersion) {

    public enum Status {
        /** 待审核 */ PENDING,
        /** 已批准: the object left the list on {@code decidedOn} */ APPROVED,
        /** 不予批准 */ REJECTED
    }

    public static RepairApplication apply(String applicationId, CreditList list, String applicant, String reason, LocalDate appliedOn) {
        return new RepairApplication(applicationId, list, applicant, reason, appliedOn, Status.PENDING, null, null, null, null);
    }

    public RepairApplication decide(boolean approve, String decidedBy, LocalDate decidedOn, String note, String ruleVersion) {
        return new RepairApplication(applicationId, list, applicant, reason, appliedOn, approve ? Status.APPROVED : Status.REJECTED, decidedBy,
                decidedOn, note, ruleVersion);
    }
}
