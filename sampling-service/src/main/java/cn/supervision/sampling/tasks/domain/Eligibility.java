package cn.supervision.sampling.tasks.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may be drawn: objects of the task's types that are operating, each placed in the first stratum whose
 * condition it meets. Everyone left out is listed with a reason code, because exclusions are published too.
 */
public final class Eligibility {

    /** Published reason codes for leaving an object out of a draw. */
    public enum Exclusion { NOT_OF_TASK_TYPE, NOT_OPERATING, NO_MATCHING_STRATUM }

    public record Excluded(String objectId, Exclusion reason) {
    }

    /** Object ids per stratum (in the task's stratum order) and the excluded objects. */
    public record Result(Map<String, List<String>> strata, List<Excluded> excluded) {
    }

    private Eligibility() {
    }

    public static Result of(TaskDefinition task, List<ObjectAttributes> directory) {
        Map<String, List<String>> strata = new LinkedHashMap<>();
        task.strata().forEach(s -> strata.put(s.name(), new ArrayList<>()));
        List<Excluded> excluded = new ArrayList<>();
        for (ObjectAttributes o : directory) {
            if (!task.objectTypes().contains(o.objectType())) {
                excluded.add(new Excluded(o.objectId(), Exclusion.NOT_OF_TASK_TYPE));
            } else if (!"OPERATING".equals(o.status())) {
                excluded.add(new Excluded(o.objectId(), Exclusion.NOT_OPERATING));
            } else {
                StratumRule stratum = task.strata().stream().filter(s -> s.matches(o)).findFirst().orElse(null);
                if (stratum == null) {
                    excluded.add(new Excluded(o.objectId(), Exclusion.NO_MATCHING_STRATUM));
                } else {
                    strata.get(stratum.name()).add(o.objectId());
                }
            }
        }
        return new Result(strata, excluded);
    }
}
