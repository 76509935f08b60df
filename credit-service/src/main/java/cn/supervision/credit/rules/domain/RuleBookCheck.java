package cn.supervision.credit.rules.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a rule book before it is used: every field present and in range, every reference known, no chain of list
 * escalations that never ends, no rules that contradict each other. Returns each problem as {@code path: message}.
 */
public final class RuleBookCheck {

    /** The result categories of the regime (see the domain notes): rules may only name these. */
    public static final Set<String> CATEGORIES = Set.of("1", "E", "A", "B", "C", "6", "D", "F", "7", "8", "9", "10", "11", "12");
    static final Set<String> SEVERITIES = Set.of("MINOR", "GENERAL", "SERIOUS");
    static final Set<String> MEASURES = Set.of("NONE", "BACK_TO_ROUTINE_SUPERVISION", "RECTIFICATION_ORDER", "CASE_REFERRAL",
            "NOTIFY_DEPARTMENT", "CRIMINAL_REFERRAL");
    static final Set<String> TASK_TYPES = Set.of("RANDOM", "FOLLOW_UP");
    /** More re-inspections than this is not a follow-up any more but a loop. */
    static final int MAX_ATTEMPTS = 10;

    private final List<String> problems = new ArrayList<>();

    private RuleBookCheck() {
    }

    public static List<String> problems(RuleBook book) {
        RuleBookCheck check = new RuleBookCheck();
        check.book(book);
        return List.copyOf(check.problems);
    }

    private void book(RuleBook book) {
        if (book == null) {
            problems.add("(root): the rule book is empty");
            return;
        }
        if (blank(book.version())) {
            problems.add("version: is required (every decision records it)");
        }
        risk(book.risk());
        Map<CreditList, RuleBook.ListRules> lists = lists(book.lists());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < book.entryRules().size(); i++) {
            entryRule("entryRules[" + i + "]", book.entryRules().get(i), lists, names);
        }
        for (int i = 0; i < book.leaveRules().size(); i++) {
            leaveRule("leaveRules[" + i + "]", book.leaveRules().get(i), lists, names, book.entryRules());
        }
        escalationsEnd(book.entryRules());
        expiryBeforeEscalation(book.entryRules(), lists);
        followUp(book.followUp());
    }

    private void risk(RuleBook.Risk risk) {
        if (risk == null) {
            problems.add("risk: is required");
            return;
        }
        positive("risk.windowDays", risk.windowDays());
        if (risk.overdueFollowUpPoints() == null) {
            problems.add("risk.overdueFollowUpPoints: is required");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < risk.points().size(); i++) {
            RuleBook.RiskPoints p = risk.points().get(i);
            String at = "risk.points[" + i + "]";
            if (p == null) {
                problems.add(at + ": is empty");
                continue;
            }
            name(at + ".rule", p.rule(), names);
            if (blank(p.description())) {
                problems.add(at + ".description: is required (it explains the score to the object)");
            }
            if (p.points() == null) {
                problems.add(at + ".points: is required");
            }
            matcher(at + ".when", p.when());
        }
        List<RuleBook.LevelBound> levels = risk.levels();
        RiskLevel[] expected = RiskLevel.values();
        if (levels.size() != expected.length) {
            problems.add("risk.levels: must name the levels A, B, C, D once each, in that order");
            return;
        }
        Integer previous = null;
        for (int i = 0; i < levels.size(); i++) {
            RuleBook.LevelBound bound = levels.get(i);
            String at = "risk.levels[" + i + "]";
            if (bound == null || bound.level() != expected[i]) {
                problems.add(at + ".level: must be " + expected[i] + " (levels A, B, C, D in order)");
                continue;
            }
            boolean last = i == levels.size() - 1;
            if (last && bound.below() != null) {
                problems.add(at + ".below: the last level takes every higher score and has no bound");
            } else if (!last && bound.below() == null) {
                problems.add(at + ".below: is required");
            } else if (!last && previous != null && bound.below() <= previous) {
                problems.add(at + ".below: must be above the bound of level " + expected[i - 1] + " (" + previous + "), else the level can never apply");
            }
            if (!last && bound.below() != null) {
                previous = bound.below();
            }
        }
    }

    private Map<CreditList, RuleBook.ListRules> lists(List<RuleBook.ListRules> lists) {
        Map<CreditList, RuleBook.ListRules> byList = new EnumMap<>(CreditList.class);
        for (int i = 0; i < lists.size(); i++) {
            RuleBook.ListRules l = lists.get(i);
            String at = "lists[" + i + "]";
            if (l == null || l.list() == null) {
                problems.add(at + ".list: is required");
                continue;
            }
            if (byList.put(l.list(), l) != null) {
                problems.add(at + ".list: " + l.list() + " is configured twice");
            }
            if (l.publish() == null) {
                problems.add(at + ".publish: is required (true or false)");
            }
            if (l.riskPoints() == null) {
                problems.add(at + ".riskPoints: is required");
            }
            Set<String> codes = new HashSet<>();
            for (int m = 0; m < l.measures().size(); m++) {
                RuleBook.Measure measure = l.measures().get(m);
                String mat = at + ".measures[" + m + "]";
                if (measure == null) {
                    problems.add(mat + ": is empty");
                    continue;
                }
                name(mat + ".code", measure.code(), codes);
                if (blank(measure.description())) {
                    problems.add(mat + ".description: is required");
                }
                if (measure.departments().isEmpty() || measure.departments().stream().anyMatch(RuleBookCheck::blank)) {
                    problems.add(mat + ".departments: must name at least one department that applies the measure");
                }
            }
            if (l.repair() == null) {
                problems.add(at + ".repair: is required (when may an object leave the list on application)");
            } else {
                notNegative(at + ".repair.minDaysListed", l.repair().minDaysListed());
                if (l.repair().requireFollowUpsClosed() == null) {
                    problems.add(at + ".repair.requireFollowUpsClosed: is required");
                }
            }
            if (l.expiresAfterDays() != null) {
                positive(at + ".expiresAfterDays", l.expiresAfterDays());
                if (l.repair() != null && l.repair().minDaysListed() != null && l.expiresAfterDays() <= l.repair().minDaysListed()) {
                    problems.add(at + ".expiresAfterDays: the listing ends (" + l.expiresAfterDays() + " days) before credit repair is possible ("
                            + l.repair().minDaysListed() + " days): contradictory");
                }
            }
        }
        for (CreditList list : CreditList.values()) {
            if (!byList.containsKey(list)) {
                problems.add("lists: " + list + " is not configured");
            }
        }
        return byList;
    }

    private void entryRule(String at, RuleBook.EntryRule rule, Map<CreditList, RuleBook.ListRules> lists, Set<String> names) {
        if (rule == null) {
            problems.add(at + ": is empty");
            return;
        }
        name(at + ".rule", rule.rule(), names);
        listRef(at + ".list", rule.list(), lists);
        if (blank(rule.reason())) {
            problems.add(at + ".reason: is required (it is published with the list entry)");
        }
        if ((rule.when() == null) == (rule.listedFor() == null)) {
            problems.add(at + ": needs exactly one of 'when' (a fact) or 'listedFor' (time on another list)");
        }
        if (rule.when() != null) {
            matcher(at + ".when", rule.when());
            if (rule.count() != null) {
                positive(at + ".count", rule.count());
            }
            if (rule.count() != null && rule.count() > 1) {
                positive(at + ".withinDays", rule.withinDays());
            } else if (rule.withinDays() != null) {
                problems.add(at + ".withinDays: only applies with a count above 1");
            }
        }
        if (rule.listedFor() != null) {
            if (rule.count() != null || rule.withinDays() != null) {
                problems.add(at + ": count and withinDays apply to 'when' rules only");
            }
            listRef(at + ".listedFor.list", rule.listedFor().list(), lists);
            positive(at + ".listedFor.days", rule.listedFor().days());
        }
    }

    private void leaveRule(String at, RuleBook.LeaveRule rule, Map<CreditList, RuleBook.ListRules> lists, Set<String> names,
            List<RuleBook.EntryRule> entryRules) {
        if (rule == null) {
            problems.add(at + ": is empty");
            return;
        }
        name(at + ".rule", rule.rule(), names);
        listRef(at + ".list", rule.list(), lists);
        if (blank(rule.reason())) {
            problems.add(at + ".reason: is required (it is published when the object leaves the list)");
        }
        if (rule.when() == null) {
            problems.add(at + ".when: is required");
            return;
        }
        matcher(at + ".when", rule.when());
        if (rule.requireFollowUpsClosed() == null) {
            problems.add(at + ".requireFollowUpsClosed: is required");
        }
        for (RuleBook.EntryRule entry : entryRules) {
            if (entry != null && entry.list() == rule.list() && entry.when() != null && rule.when().kind() != null
                    && !rule.when().disjointFrom(entry.when())) {
                problems.add(at + ".when: the same fact could also match entry rule '" + entry.rule() + "' of " + rule.list()
                        + ": contradictory (it would put the object on the list and take it off at once)");
            }
        }
    }

    /** An object on list X for N days goes on list Y: a cycle X → Y → X would move it back and forth for ever. */
    private void escalationsEnd(List<RuleBook.EntryRule> entryRules) {
        Map<CreditList, Set<CreditList>> next = new EnumMap<>(CreditList.class);
        for (RuleBook.EntryRule rule : entryRules) {
            if (rule != null && rule.listedFor() != null && rule.listedFor().list() != null && rule.list() != null) {
                next.computeIfAbsent(rule.listedFor().list(), k -> new HashSet<>()).add(rule.list());
            }
        }
        for (CreditList start : next.keySet()) {
            if (reaches(next, start, start, new HashSet<>())) {
                problems.add("entryRules: the listedFor escalations starting at " + start + " lead back to " + start
                        + ": they would never terminate");
            }
        }
    }

    private static boolean reaches(Map<CreditList, Set<CreditList>> next, CreditList from, CreditList target, Set<CreditList> seen) {
        for (CreditList to : next.getOrDefault(from, Set.of())) {
            if (to == target) {
                return true;
            }
            if (seen.add(to) && reaches(next, to, target, seen)) {
                return true;
            }
        }
        return false;
    }

    private void expiryBeforeEscalation(List<RuleBook.EntryRule> entryRules, Map<CreditList, RuleBook.ListRules> lists) {
        for (int i = 0; i < entryRules.size(); i++) {
            RuleBook.EntryRule rule = entryRules.get(i);
            if (rule == null || rule.listedFor() == null || rule.listedFor().days() == null) {
                continue;
            }
            RuleBook.ListRules from = lists.get(rule.listedFor().list());
            if (from != null && from.expiresAfterDays() != null && from.expiresAfterDays() <= rule.listedFor().days()) {
                problems.add("entryRules[" + i + "].listedFor.days: " + rule.listedFor().list() + " ends after " + from.expiresAfterDays()
                        + " days, so this rule can never apply: contradictory");
            }
        }
    }

    private void followUp(RuleBook.FollowUpRules f) {
        if (f == null) {
            problems.add("followUp: is required");
            return;
        }
        positive("followUp.defaultRectificationWorkingDays", f.defaultRectificationWorkingDays());
        positive("followUp.reinspectionWorkingDays", f.reinspectionWorkingDays());
        positive("followUp.retryRectificationWorkingDays", f.retryRectificationWorkingDays());
        if (f.maxAttempts() == null || f.maxAttempts() < 1 || f.maxAttempts() > MAX_ATTEMPTS) {
            problems.add("followUp.maxAttempts: must be between 1 and " + MAX_ATTEMPTS
                    + " (without a bound an unresolved order would be re-inspected for ever)");
        }
    }

    private void matcher(String at, Matcher m) {
        if (m == null) {
            problems.add(at + ": is required");
            return;
        }
        if (m.kind() == null) {
            problems.add(at + ".kind: is required");
            return;
        }
        boolean violation = m.kind() == FactKind.VIOLATION;
        boolean withCategories = m.kind() == FactKind.INSPECTION_RESULT || violation;
        if (m.severity() != null && (!violation || !SEVERITIES.contains(m.severity()))) {
            problems.add(at + ".severity: " + (violation ? "unknown severity '" + m.severity() + "', expected one of " + sorted(SEVERITIES)
                    : "unknown field for kind " + m.kind() + " (only violations have a severity)"));
        }
        if (m.measure() != null && (!violation || !MEASURES.contains(m.measure()))) {
            problems.add(at + ".measure: " + (violation ? "unknown measure '" + m.measure() + "'"
                    : "unknown field for kind " + m.kind() + " (only violations have a measure)"));
        }
        categories(at + ".anyCategoryIn", m.anyCategoryIn(), withCategories, m.kind());
        categories(at + ".onlyCategoriesIn", m.onlyCategoriesIn(), withCategories, m.kind());
        if (m.taskType() != null && (m.kind() != FactKind.INSPECTION_RESULT || !TASK_TYPES.contains(m.taskType()))) {
            problems.add(at + ".taskType: " + (m.kind() == FactKind.INSPECTION_RESULT ? "unknown task type '" + m.taskType() + "'"
                    : "unknown field for kind " + m.kind() + " (only inspection results have a task type)"));
        }
    }

    private void categories(String at, List<String> categories, boolean applies, FactKind kind) {
        if (categories == null) {
            return;
        }
        if (!applies) {
            problems.add(at + ": unknown field for kind " + kind + " (only inspection results and violations have categories)");
        } else if (categories.isEmpty()) {
            problems.add(at + ": an empty set matches nothing");
        } else {
            for (String c : categories) {
                if (!CATEGORIES.contains(c)) {
                    problems.add(at + ": unknown result category '" + c + "', expected one of " + sorted(CATEGORIES));
                }
            }
        }
    }

    private void listRef(String at, CreditList list, Map<CreditList, RuleBook.ListRules> lists) {
        if (list == null) {
            problems.add(at + ": is required");
        } else if (!lists.containsKey(list)) {
            problems.add(at + ": list " + list + " has no rules under 'lists'");
        }
    }

    private void name(String at, String name, Set<String> names) {
        if (blank(name)) {
            problems.add(at + ": is required");
        } else if (!names.add(name)) {
            problems.add(at + ": '" + name + "' is used twice (decisions name their rule, so names must be unique)");
        }
    }

    private void positive(String at, Integer value) {
        if (value == null || value < 1) {
            problems.add(at + ": must be a whole number of at least 1");
        }
    }

    private void notNegative(String at, Integer value) {
        if (value == null || value < 0) {
            problems.add(at + ": must be a whole number of at least 0");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
