package cn.supervision.credit.assessment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import cn.supervision.credit.files.domain.CreditEntry;
import cn.supervision.credit.files.domain.EntryKind;
import cn.supervision.credit.rules.domain.CreditList;
import cn.supervision.credit.rules.domain.Fact;
import cn.supervision.credit.rules.domain.FactKind;
import cn.supervision.credit.rules.domain.RiskLevel;
import cn.supervision.credit.rules.domain.RuleBook;

/**
 * Applies the rule book to one credit file. The result depends only on the facts, the approved repairs and the day
 * of evaluation — never on the order or the moment in which they arrived — so re-applying the full history gives
 * exactly the same lists, follow-ups and level (replay), and a violation that arrives before its inspection's result
 * is simply placed by its date.
 * <p>
 * It walks the file's timeline: the facts in date order (arrival order within a day), and the moments at which time
 * alone changes something (a rectification deadline passes, a listing expires or escalates). Moments after
 * {@code asOf} have not happened yet; the earliest of them is the next review date.
 */
public final class CreditAssessor {

    /** Clean re-inspection: every item 未发现问题 or 已改正. */
    static final Set<String> CLEAN = Set.of("1", "E");
    /** A bound on the steps of one evaluation: rules are checked to terminate, this catches what the check missed. */
    static final int MAX_STEPS = 100_000;

    private final RuleBook rules;
    private final WorkingDays workingDays;

    public CreditAssessor(RuleBook rules, WorkingDays workingDays) {
        this.rules = rules;
        this.workingDays = workingDays;
    }

    public RuleBook rules() {
        return rules;
    }

    public Assessment assess(List<CreditEntry> entriesInArrivalOrder, List<RepairDecision> repairs, LocalDate asOf) {
        return new Run(entriesInArrivalOrder, repairs, asOf).run();
    }

    /** Moments of one day: facts first, then approved repairs, then what time alone does. */
    private enum Phase { FACT, REPAIR, TIME }

    private record Step(LocalDate date, Phase phase, long seq, Runnable action) {
    }

    private static final class Order {
        final CreditEntry violation;
        LocalDate deadline;
        boolean deadlineEstimated;
        FollowUp.Status status = FollowUp.Status.WAITING;
        LocalDate closedOn;
        final List<FollowUp.Attempt> attempts = new ArrayList<>();

        Order(CreditEntry violation) {
            this.violation = violation;
        }
    }

    private static final class Stay {
        final CreditList list;
        final LocalDate enteredOn;
        final String rule;
        final String reason;
        final String sourceEventId;
        LocalDate leftOn;
        String leaveRule;
        String leaveReason;
        String decisionId;

        Stay(CreditList list, LocalDate enteredOn, String rule, String reason, String sourceEventId) {
            this.list = list;
            this.enteredOn = enteredOn;
            this.rule = rule;
            this.reason = reason;
            this.sourceEventId = sourceEventId;
        }
    }

    private final class Run {
        final List<CreditEntry> entries;
        final List<RepairDecision> repairs;
        final LocalDate asOf;
        final PriorityQueue<Step> queue = new PriorityQueue<>(
                Comparator.comparing(Step::date).thenComparing(Step::phase).thenComparingLong(Step::seq));
        long seq;
        int steps;
        LocalDate nextReview;
        final List<Fact> facts = new ArrayList<>();
        final List<Stay> stays = new ArrayList<>();
        final Map<CreditList, Stay> open = new EnumMap<>(CreditList.class);
        final Map<String, Order> orders = new LinkedHashMap<>();
        final Map<String, Order> ordersByFollowUp = new HashMap<>();
        final Map<String, List<LocalDate>> matchedDates = new HashMap<>();
        final Map<String, List<CreditEntry>> answers = new HashMap<>();
        final Map<String, List<CreditEntry>> followUpViolations = new HashMap<>();
        final List<CreditEntry> processed = new ArrayList<>();

        Run(List<CreditEntry> entries, List<RepairDecision> repairs, LocalDate asOf) {
            this.entries = entries;
            this.repairs = repairs;
            this.asOf = asOf;
        }

        Assessment run() {
            List<CreditEntry> byDate = new ArrayList<>(entries);
            byDate.sort(Comparator.comparing(CreditEntry::date)); // stable: arrival order within a day
            for (CreditEntry e : byDate) {
                if (e.followUpId() != null && e.kind() == EntryKind.VIOLATION) {
                    followUpViolations.computeIfAbsent(e.followUpId(), k -> new ArrayList<>()).add(e);
                }
                schedule(e.date(), Phase.FACT, () -> fact(e));
            }
            for (RepairDecision r : repairs) {
                schedule(r.decidedOn(), Phase.REPAIR, () -> repair(r));
            }
            while (!queue.isEmpty()) {
                Step step = queue.poll();
                if (step.phase() == Phase.TIME && step.date().isAfter(asOf)) {
                    review(step.date());
                    continue;
                }
                if (++steps > MAX_STEPS) {
                    throw new IllegalStateException("the rules of version " + rules.version() + " did not terminate within " + MAX_STEPS + " steps");
                }
                step.action().run();
            }
            return result();
        }

        void schedule(LocalDate date, Phase phase, Runnable action) {
            queue.add(new Step(date, phase, seq++, action));
        }

        void review(LocalDate date) {
            if (nextReview == null || date.isBefore(nextReview)) {
                nextReview = date;
            }
        }

        void fact(CreditEntry e) {
            processed.add(e);
            Fact fact = e.fact();
            facts.add(fact);
            if (e.followUpId() != null && (e.kind() == EntryKind.INSPECTION_RESULT || e.kind() == EntryKind.REFUSAL)) {
                answers.computeIfAbsent(e.followUpId(), k -> new ArrayList<>()).add(e);
                Order order = ordersByFollowUp.get(e.followUpId());
                if (order != null) {
                    answer(order, e.followUpId(), e);
                }
            }
            if (e.kind() == EntryKind.VIOLATION && e.followUpId() == null && "RECTIFICATION_ORDER".equals(e.measure())) {
                openOrder(e);
            }
            enterBy(fact);
            leaveBy(fact);
        }

        void enterBy(Fact fact) {
            for (RuleBook.EntryRule rule : rules.entryRules()) {
                if (rule.when() == null || !rule.when().matches(fact)) {
                    continue;
                }
                List<LocalDate> dates = matchedDates.computeIfAbsent(rule.rule(), k -> new ArrayList<>());
                dates.add(fact.date());
                int count = rule.count() == null ? 1 : rule.count();
                long within = count <= 1 ? 1 : dates.stream().filter(d -> !d.isAfter(fact.date())
                        && d.isAfter(fact.date().minusDays(rule.withinDays()))).count();
                if (within >= count) {
                    enter(rule.list(), fact.date(), rule.rule(), rule.reason(), fact.eventId());
                }
            }
        }

        void leaveBy(Fact fact) {
            for (RuleBook.LeaveRule rule : rules.leaveRules()) {
                if (rule.when().matches(fact) && open.containsKey(rule.list())
                        && (!Boolean.TRUE.equals(rule.requireFollowUpsClosed()) || orders.values().stream().noneMatch(this::isOpen))) {
                    leave(rule.list(), fact.date(), rule.rule(), rule.reason(), null);
                }
            }
        }

        boolean isOpen(Order o) {
            return o.status == FollowUp.Status.WAITING || o.status == FollowUp.Status.REQUESTED;
        }

        void enter(CreditList list, LocalDate date, String rule, String reason, String sourceEventId) {
            if (open.containsKey(list)) {
                return;
            }
            Stay stay = new Stay(list, date, rule, reason, sourceEventId);
            open.put(list, stay);
            stays.add(stay);
            RuleBook.ListRules listRules = rules.listRules(list);
            if (listRules.expiresAfterDays() != null) {
                schedule(date.plusDays(listRules.expiresAfterDays()), Phase.TIME, () -> {
                    if (open.get(list) == stay) {
                        leave(list, date.plusDays(listRules.expiresAfterDays()), list.name().toLowerCase().replace('_', '-') + "-expired",
                                "列入期满自动移出", null);
                    }
                });
            }
            for (RuleBook.EntryRule escalation : rules.entryRules()) {
                if (escalation.listedFor() != null && escalation.listedFor().list() == list) {
                    LocalDate when = date.plusDays(escalation.listedFor().days());
                    schedule(when, Phase.TIME, () -> {
                        if (open.get(list) == stay) {
                            enter(escalation.list(), when, escalation.rule(), escalation.reason(), sourceEventId);
                        }
                    });
                }
            }
        }

        void leave(CreditList list, LocalDate date, String rule, String reason, String decisionId) {
            Stay stay = open.remove(list);
            if (stay != null) {
                stay.leftOn = date;
                stay.leaveRule = rule;
                stay.leaveReason = reason;
                stay.decisionId = decisionId;
            }
        }

        void repair(RepairDecision r) {
            if (open.containsKey(r.list())) {
                leave(r.list(), r.decidedOn(), "credit-repair", "信用修复申请已批准 (" + r.applicationId() + ")", r.applicationId());
            }
        }

        void openOrder(CreditEntry v) {
            String id = v.violationId() != null ? v.violationId() : v.eventId();
            if (orders.containsKey(id)) {
                return; // the same order re-sent: tracked once
            }
            Order order = new Order(v);
            WorkingDays.Due deadline;
            if (v.rectificationWorkingDays() != null && v.rectificationWorkingDays() > 0) {
                deadline = workingDays.plus(v.date(), v.rectificationWorkingDays());
            } else if (v.rectificationDeadline() != null) {
                deadline = new WorkingDays.Due(v.rectificationDeadline(), false);
            } else {
                deadline = workingDays.plus(v.date(), rules.followUp().defaultRectificationWorkingDays());
            }
            order.deadline = deadline.date();
            order.deadlineEstimated = deadline.estimated();
            orders.put(id, order);
            requestAfter(order, 1, "RECTIFICATION_DUE");
        }

        /** The re-inspection is requested on the day after the rectification deadline. */
        void requestAfter(Order order, int number, String reason) {
            LocalDate on = order.deadline.plusDays(1);
            schedule(on, Phase.TIME, () -> request(order, number, reason, on));
        }

        void request(Order order, int number, String reason, LocalDate on) {
            if (!isOpen(order)) {
                return;
            }
            String followUpId = followUpId(order, number);
            WorkingDays.Due due = workingDays.plus(on, rules.followUp().reinspectionWorkingDays());
            order.attempts.add(new FollowUp.Attempt(followUpId, number, reason, on, due.date(), due.estimated(), null, null, null));
            order.status = FollowUp.Status.REQUESTED;
            ordersByFollowUp.put(followUpId, order);
            List<CreditEntry> early = answers.get(followUpId);
            if (early != null && !early.isEmpty()) {
                answer(order, followUpId, early.get(0));
            }
        }

        String followUpId(Order order, int number) {
            CreditEntry v = order.violation;
            String base = "FU-" + (v.violationId() != null ? v.violationId() : v.eventId()).replace('/', '-');
            return number == 1 ? base : base + "-R" + number;
        }

        void answer(Order order, String followUpId, CreditEntry result) {
            int index = indexOf(order, followUpId);
            if (index < 0 || order.attempts.get(index).outcome() != null || index != order.attempts.size() - 1 || !isOpen(order)) {
                return; // a second result for the same re-inspection, or one for an attempt already superseded
            }
            FollowUp.Attempt attempt = order.attempts.get(index);
            boolean clean = result.kind() == EntryKind.INSPECTION_RESULT && result.categories() != null && !result.categories().isEmpty()
                    && CLEAN.containsAll(result.categories());
            order.attempts.set(index, new FollowUp.Attempt(attempt.followUpId(), attempt.number(), attempt.reason(), attempt.requestedOn(),
                    attempt.dueDate(), attempt.dueDateEstimated(), clean ? FollowUp.Attempt.CLEAN : FollowUp.Attempt.UNRESOLVED, result.date(),
                    result.eventId()));
            if (clean) {
                order.status = FollowUp.Status.CLOSED;
                order.closedOn = result.date();
            } else if (attempt.number() < rules.followUp().maxAttempts()) {
                WorkingDays.Due next = nextDeadline(followUpId, result.date());
                order.deadline = next.date();
                order.deadlineEstimated = next.estimated();
                order.status = FollowUp.Status.WAITING;
                requestAfter(order, attempt.number() + 1, "ESCALATION");
            } else {
                order.status = FollowUp.Status.ESCALATED;
                order.closedOn = result.date();
                Fact unresolved = new Fact(FactKind.FOLLOW_UP_UNRESOLVED, result.date(), null, null, List.of(), null, result.eventId(),
                        "责令整改经复查仍未改正 " + order.violation.violationId());
                facts.add(unresolved);
                enterBy(unresolved);
            }
        }

        /** A re-inspection that found the problem again may set a new deadline; otherwise the rules give one. */
        WorkingDays.Due nextDeadline(String followUpId, LocalDate resultDate) {
            LocalDate latest = null;
            for (CreditEntry v : followUpViolations.getOrDefault(followUpId, List.of())) {
                if (v.rectificationWorkingDays() != null && v.rectificationWorkingDays() > 0) {
                    return workingDays.plus(v.date(), v.rectificationWorkingDays());
                }
                if (v.rectificationDeadline() != null && (latest == null || v.rectificationDeadline().isAfter(latest))) {
                    latest = v.rectificationDeadline();
                }
            }
            if (latest != null && latest.isAfter(resultDate)) {
                return new WorkingDays.Due(latest, false);
            }
            return workingDays.plus(resultDate, rules.followUp().retryRectificationWorkingDays());
        }

        int indexOf(Order order, String followUpId) {
            for (int i = 0; i < order.attempts.size(); i++) {
                if (order.attempts.get(i).followUpId().equals(followUpId)) {
                    return i;
                }
            }
            return -1;
        }

        Assessment result() {
            List<ListPeriod> periods = stays.stream().map(s -> new ListPeriod(s.list, s.enteredOn, s.rule, s.reason, s.sourceEventId, s.leftOn,
                    s.leaveRule, s.leaveReason, s.decisionId, rules.version())).toList();
            List<FollowUp> followUps = orders.entrySet().stream().map(o -> {
                Order order = o.getValue();
                CreditEntry v = order.violation;
                return new FollowUp(o.getKey(), v.inspectionId(), v.department(), v.checkItem(), v.date(), v.eventId(), order.deadline,
                        order.deadlineEstimated, order.status, order.closedOn, order.attempts, rules.version());
            }).toList();
            Set<String> unmatched = new LinkedHashSet<>();
            for (CreditEntry e : processed) {
                if (e.followUpId() != null && !ordersByFollowUp.containsKey(e.followUpId())) {
                    unmatched.add(e.followUpId());
                }
            }
            return new Assessment(asOf, rules.version(), periods, followUps, risk(followUps), nextReview, List.copyOf(unmatched));
        }

        Risk risk(List<FollowUp> followUps) {
            RuleBook.Risk r = rules.risk();
            LocalDate windowStart = asOf.minusDays(r.windowDays());
            List<Risk.Part> parts = new ArrayList<>();
            for (Fact fact : facts) {
                if (!fact.date().isAfter(windowStart)) {
                    continue;
                }
                boolean counted = false;
                for (RuleBook.RiskPoints p : r.points()) {
                    if (p.when().matches(fact)) {
                        parts.add(new Risk.Part(p.rule(), p.points(), p.description() + " (" + fact.date() + ")", fact.eventId()));
                        counted = true;
                    }
                }
                if (counted) {
                    review(fact.date().plusDays(r.windowDays()));
                }
            }
            for (Stay stay : stays) {
                if (stay.leftOn == null) {
                    parts.add(new Risk.Part(stay.list.name().toLowerCase().replace('_', '-') + "-list", rules.listRules(stay.list).riskPoints(),
                            "列入" + listName(stay.list) + " (" + stay.enteredOn + ")", stay.sourceEventId));
                }
            }
            for (FollowUp f : followUps) {
                if (f.status() != FollowUp.Status.REQUESTED) {
                    continue;
                }
                FollowUp.Attempt last = f.attempts().get(f.attempts().size() - 1);
                if (last.dueDate().isBefore(asOf)) {
                    parts.add(new Risk.Part("overdue-follow-up", r.overdueFollowUpPoints(),
                            "复查逾期未完成 " + last.followUpId() + " (应于 " + last.dueDate() + " 前完成)", f.sourceEventId()));
                } else {
                    review(last.dueDate().plusDays(1));
                }
            }
            int score = Math.max(0, parts.stream().mapToInt(Risk.Part::points).sum());
            return new Risk(score, level(score), parts);
        }

        RiskLevel level(int score) {
            for (RuleBook.LevelBound bound : rules.risk().levels()) {
                if (bound.below() == null || score < bound.below()) {
                    return bound.level();
                }
            }
            return RiskLevel.D;
        }
    }

    public static String listName(CreditList list) {
        return switch (list) {
            case ABNORMAL_OPERATIONS -> "经营异常名录";
            case SERIOUS_VIOLATION -> "严重违法失信名单";
        };
    }
}
