package cn.supervision.credit.assessment.domain;

import java.time.LocalDate;

import cn.supervision.credit.rules.domain.CreditList;

/**
 * One stay of an object on a list: when and why it entered (the rule, its reason, the event that triggered it),
 * and when and why it left (null while it is still on the list). {@code ruleVersion} is the rule book that decided it.
 */
public record ListPeriod(CreditList list, LocalDate enteredOn, String entryRule, String entryReason, String sourceEventId,
        LocalDate leftOn, String leaveRule, String leaveReason, String leaveDecisionId, String ruleVersion) {

    public boolean current() {
        return leftOn == null;
    }

    /** Identifies the stay across evaluations: the same list entered on the same day by the same rule. */
    String key() {
        return list + "/" + enteredOn + "/" + entryRule;
    }

    /** 决定书编号 of the entry or of the leaving, stable across re-evaluations and replays. */
    public String decisionId(String objectId, boolean leaving) {
        if (leaving && leaveDecisionId != null) {
            return leaveDecisionId;
        }
        return "LIST-" + objectId + "-" + list + "-" + (leaving ? leftOn : enteredOn).toString().replace("-", "") + (leaving ? "-LEFT" : "-ENTERED");
    }
}
