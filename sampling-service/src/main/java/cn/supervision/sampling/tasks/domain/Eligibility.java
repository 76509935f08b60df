package cn.supervision.sampling.tasks.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may be drawn: objects of the task's types that are operating, inside the task's target, not inspected at random
 * too often this year (已抽查多次的检查对象，不在列入当年度抽查名单) and not waiting for a visit in another open task for
 * the same items; each placed in the first stratum whose condition it meets. Everyone left out is listed with a reason
 * code, because exclusions are published too. Objects are considered one at a time, so a province fits in memory.
 */
public final class Eligibility {

    /** Published reason codes for leaving an object out of a draw. */
    public enum Exclusion {
        NOT_OF_TASK_TYPE, NOT_OPERATING, NOT_IN_TARGET, INSPECTED_ENOUGH_THIS_YEAR, OPEN_IN_ANOTHER_TASK, NO_MATCHING_STRATUM,
        /** an id DRAW-1 cannot encode (tab, line break or comma): registry should never send one. */
        UNENCODABLE_ID
    }

    public record Excluded(String objectId, Exclusion reason) {
    }

    /** Object ids per stratum (in the task's stratum order) and the excluded objects. */
    public record Result(Map<String, List<String>> strata, List<Excluded> excluded) {

        public Map<Exclusion, Integer> excludedCounts() {
            Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
            excluded.forEach(e -> counts.merge(e.reason(), 1, Integer::sum));
            return counts;
        }
    }

    /**
     * What sampling knows of the objects' past this year: random inspections done per object (from inspection's
     * events), objects drawn in another task not yet inspected for one of this task's items, and N of the plan.
     */
    public record History(Map<String, Integer> randomInspectionsThisYear, Set<String> openInAnotherTask, int maxRandomInspectionsPerYear) {

        public static History none() {
            return new History(Map.of(), Set.of(), Integer.MAX_VALUE);
        }
    }

    private final TaskDefinition task;
    private final History history;
    private final Map<String, List<String>> strata = new LinkedHashMap<>();
    private final List<Excluded> excluded = new ArrayList<>();

    public Eligibility(TaskDefinition task, History history) {
        this.task = task;
        this.history = history;
        task.strata().forEach(s -> strata.put(s.name(), new ArrayList<>()));
    }

    public static Result of(TaskDefinition task, List<ObjectAttributes> directory) {
        return of(task, History.none(), directory);
    }

    public static Result of(TaskDefinition task, History history, List<ObjectAttributes> directory) {
        Eligibility eligibility = new Eligibility(task, history);
        directory.forEach(eligibility::consider);
        return eligibility.result();
    }

    public void consider(ObjectAttributes o) {
        Exclusion reason = reasonToExclude(o);
        if (reason != null) {
            excluded.add(new Excluded(o.objectId(), reason));
            return;
        }
        StratumRule stratum = task.strata().stream().filter(s -> s.matches(o)).findFirst().orElse(null);
        if (stratum == null) {
            excluded.add(new Excluded(o.objectId(), Exclusion.NO_MATCHING_STRATUM));
        } else {
            strata.get(stratum.name()).add(o.objectId());
        }
    }

    private Exclusion reasonToExclude(ObjectAttributes o) {
        if (!task.objectTypes().contains(o.objectType())) {
            return Exclusion.NOT_OF_TASK_TYPE;
        }
        if (!"OPERATING".equals(o.status())) {
            return Exclusion.NOT_OPERATING;
        }
        if (!task.targeting().admits(o)) {
            return Exclusion.NOT_IN_TARGET;
        }
        if (history.randomInspectionsThisYear().getOrDefault(o.objectId(), 0) >= history.maxRandomInspectionsPerYear()) {
            return Exclusion.INSPECTED_ENOUGH_THIS_YEAR;
        }
        if (history.openInAnotherTask().contains(o.objectId())) {
            return Exclusion.OPEN_IN_ANOTHER_TASK;
        }
        if (!DrawIdentifiers.encodable(o.objectId())) {
            return Exclusion.UNENCODABLE_ID;
        }
        return null;
    }

    public Result result() {
        return new Result(strata, excluded);
    }
}
