package cn.supervision.sampling.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What staff see of a task, and what everyone sees (DRAW-1 §7): the secret only after the draw, never the roster. */
final class TaskViews {

    private TaskViews() {
    }

    static Map<String, Object> staff(TaskDocument task) {
        Map<String, Object> view = publicRecord(task);
        view.put("definition", task.definition);
        if (task.freeze != null) {
            view.put("eligibleObjects", task.freeze.objects().size());
            view.put("excludedObjects", task.freeze.excludedCount());
            view.put("rosterSize", task.freeze.inspectors().size());
        }
        return view;
    }

    static Map<String, Object> publicRecord(TaskDocument task) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("taskId", task.taskId);
        view.put("name", task.definition.name());
        view.put("initiatingDepartment", task.definition.initiatingDepartment());
        view.put("departments", task.definition.departments());
        view.put("state", task.state.name());
        view.put("entropySource", task.definition.entropySource());
        view.put("teams", task.definition.teams());
        if (task.freeze != null) {
            TaskDocument.Freeze f = task.freeze;
            Map<String, Object> commitment = new LinkedHashMap<>();
            commitment.put("freezeNumber", f.number());
            commitment.put("reason", f.reason());
            commitment.put("frozenAt", f.frozenAt());
            commitment.put("populationDigest", f.populationDigest());
            commitment.put("rosterDigest", f.rosterDigest());
            commitment.put("paramsDigest", f.paramsDigest());
            commitment.put("commitment", f.commitment());
            commitment.put("strata", f.strata().stream().map(s -> Map.of("name", s.name(), "ratioBp", s.ratioBp(), "n", s.population().size()))
                    .toList());
            view.put("freeze", commitment);
        }
        if (task.draw != null) {
            view.put("draw", DrawCeremony.publicResult(task.draw, task.freeze));
        }
        view.put("withheld", List.of("per-stratum population lists (credit-risk classes are an internal basis for supervision)",
                "inspector roster and recusal pairs (they can reveal relationships)"));
        return view;
    }
}
