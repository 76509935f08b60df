package cn.supervision.credit.assessment.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 后续监管: one rectification order (责令改正) tracked to its deadline, with every targeted re-inspection requested for it.
 * Identified by the violation that ordered it.
 */
public record FollowUp(String violationId, String inspectionId, String department, String checkItem, LocalDate foundOn,
        String sourceEventId, LocalDate rectificationDeadline, boolean deadlineEstimated, Status status, LocalDate closedOn,
        List<Attempt> attempts, String ruleVersion) {

    public FollowUp {
        attempts = List.copyOf(attempts);
    }

    public enum Status {
        /** 整改期内: the deadline has not passed yet. */
        WAITING,
        /** 已申请复查: a re-inspection was requested and has no result yet. */
        REQUESTED,
        /** 已完结: a re-inspection found it corrected. */
        CLOSED,
        /** 已升级: still not corrected after the last re-inspection the rules allow. */
        ESCALATED
    }

    /** Still waiting for correction: blocks leaving a list where the rules require follow-ups to be closed. */
    public boolean open() {
        return status == Status.WAITING || status == Status.REQUESTED;
    }

    /** One re-inspection asked of sampling. {@code outcome} is null until its result arrives. */
    public record Attempt(String followUpId, int number, String reason, LocalDate requestedOn, LocalDate dueDate, boolean dueDateEstimated,
            String outcome, LocalDate resultDate, String resultEventId) {

        public static final String CLEAN = "CLEAN";
        public static final String UNRESOLVED = "UNRESOLVED";
    }
}
