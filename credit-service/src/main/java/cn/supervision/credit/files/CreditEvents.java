package cn.supervision.credit.files;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.supervision.credit.assessment.domain.Risk;
import cn.supervision.credit.rules.domain.RuleBook;

/** The payloads credit publishes, shaped exactly as the contracts in {@code contracts/credit.*.schema.json}. */
final class CreditEvents {

    static final String RECORDS = "credit.records";
    static final String FOLLOW_UPS = "credit.follow-ups";
    static final String RISK_CHANGED = "credit.CreditRiskChanged.v1";
    static final String LIST_CHANGED = "credit.CreditListChanged.v1";
    static final String PUNISHMENT_IMPOSED = "credit.JointPunishmentImposed.v1";
    static final String PUNISHMENT_LIFTED = "credit.JointPunishmentLifted.v1";
    static final String FOLLOW_UP_REQUESTED = "credit.FollowUpRequested.v1";

    private CreditEvents() {
    }

    record CreditRiskChanged(String objectId, String uscc, String objectName, String previousLevel, String level, int score,
            List<Risk.Part> reasons, String ruleVersion, Instant changedAt) {
    }

    record CreditListChanged(String objectId, String uscc, String objectName, String list, String change, String reason, String rule,
            String ruleVersion, LocalDate effectiveDate, boolean publish, String decisionId) {
    }

    record JointPunishmentImposed(String objectId, String uscc, String objectName, String list, List<RuleBook.Measure> measures,
            LocalDate imposedOn, String decisionId, String ruleVersion) {
    }

    record JointPunishmentLifted(String objectId, String uscc, String objectName, String list, List<RuleBook.Measure> measures,
            LocalDate liftedOn, String reason, String decisionId, String ruleVersion) {
    }

    record FollowUpRequested(String followUpId, String objectId, String uscc, String objectName, String objectType, String reason,
            String violationId, String inspectionId, String department, List<String> checkItems, LocalDate dueDate, Instant requestedAt,
            int attempt, LocalDate rectificationDeadline, boolean dueDateEstimated, String ruleVersion) {
    }
}
