package cn.supervision.credit.rules.domain;

import java.util.List;
import java.util.Optional;

/**
 * 信用规则: the versioned rules credit applies. Every decision made under them records {@link #version()}.
 * Built from configuration, then {@link RuleBookCheck#problems(RuleBook)} must be empty before it is used.
 */
public record RuleBook(String version, Risk risk, List<ListRules> lists, List<EntryRule> entryRules, List<LeaveRule> leaveRules,
        FollowUpRules followUp) {

    public RuleBook {
        lists = lists == null ? List.of() : List.copyOf(lists);
        entryRules = entryRules == null ? List.of() : List.copyOf(entryRules);
        leaveRules = leaveRules == null ? List.of() : List.copyOf(leaveRules);
    }

    /** 风险评分: points per matching fact within {@code windowDays}, per list the object is on, per overdue follow-up. */
    public record Risk(Integer windowDays, List<RiskPoints> points, Integer overdueFollowUpPoints, List<LevelBound> levels) {
        public Risk {
            points = points == null ? List.of() : List.copyOf(points);
            levels = levels == null ? List.of() : List.copyOf(levels);
        }
    }

    /** {@code points} (may be negative) for every fact matching {@code when}. */
    public record RiskPoints(String rule, String description, Matcher when, Integer points) {
    }

    /** A level applies to scores below {@code below}; the last level has no bound. */
    public record LevelBound(RiskLevel level, Integer below) {
    }

    /**
     * One list: whether its changes are published (公示), the risk points of being on it, the joint-punishment
     * measures (联合惩戒措施) other departments apply, when credit repair is possible, when it ends by itself.
     */
    public record ListRules(CreditList list, Boolean publish, Integer riskPoints, List<Measure> measures, Repair repair,
            Integer expiresAfterDays) {
        public ListRules {
            measures = measures == null ? List.of() : List.copyOf(measures);
        }
    }

    /** 联合惩戒措施: a measure and the departments that apply it. */
    public record Measure(String code, String description, List<String> departments) {
        public Measure {
            departments = departments == null ? List.of() : List.copyOf(departments);
        }
    }

    /** 信用修复: an approved application takes the object off the list once these conditions hold. */
    public record Repair(Integer minDaysListed, Boolean requireFollowUpsClosed) {
    }

    /**
     * Puts an object on {@code list}: either when {@code count} facts matching {@code when} fall within
     * {@code withinDays} (count 1 by default), or when it has been on {@code listedFor.list} for {@code listedFor.days}.
     */
    public record EntryRule(String rule, CreditList list, String reason, Matcher when, Integer count, Integer withinDays,
            ListedFor listedFor) {
    }

    public record ListedFor(CreditList list, Integer days) {
    }

    /** Takes an object off {@code list} when a fact matches {@code when} (e.g. a clean re-inspection: 已整改). */
    public record LeaveRule(String rule, CreditList list, String reason, Matcher when, Boolean requireFollowUpsClosed) {
    }

    /**
     * 后续监管: the deadline of an order that names none, the working days sampling has to re-inspect, the new deadline
     * after an unresolved re-inspection, and how many re-inspections before the order is escalated.
     */
    public record FollowUpRules(Integer defaultRectificationWorkingDays, Integer reinspectionWorkingDays,
            Integer retryRectificationWorkingDays, Integer maxAttempts) {
    }

    public Optional<ListRules> list(CreditList list) {
        return lists.stream().filter(l -> l.list() == list).findFirst();
    }

    public ListRules listRules(CreditList list) {
        return list(list).orElseThrow(() -> new IllegalStateException("no rules for list " + list));
    }
}
