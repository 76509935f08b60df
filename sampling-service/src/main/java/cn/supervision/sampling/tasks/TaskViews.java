package cn.supervision.sampling.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What staff see of a task, and what everyone sees (DRAW-1 §7): the secret only after the draw, never the roster. */
final class TaskViews {

    /** Above this many drawn objects the public record links to the paged list instead of embedding it. */
    static final int EMBEDDED_DRAWN_LIST = 10_000;

    private TaskViews() {
    }

    static Map<String, Object> staff(TaskDocument task) {
        Map<String, Object> view = publicRecord(task, List.of());
        view.put("definition", task.definition);
        view.put("publishedBy", task.publishedBy);
        view.put("staffExclusions", task.staffExclusions);
        if (task.freeze != null) {
            TaskDocument.Freeze f = task.freeze;
            view.put("eligibleObjects", f.eligible());
            view.put("excludedObjects", f.excludedTotal());
            view.put("rosterSize", f.rosterSize());
            view.put("rosterLeftOut", f.rosterLeftOut());
            view.put("recusals", f.recusals());
            view.put("maxRandomInspectionsPerYear", f.maxRandomInspectionsPerYear());
        }
        if (task.draw != null) {
            view.put("blockedByShortfall", task.draw.blocked());
        }
        view.put("abandonedFreezes", task.abandonedFreezes.stream().map(f -> Map.of("freezeNumber", f.number(), "commitment", f.commitment(),
                "frozenAt", f.frozenAt())).toList());
        view.put("abandonedDraws", task.abandonedDraws.stream().map(d -> Map.of("drawId", d.drawId(), "freezeNumber", d.freezeNumber(),
                "resultDigest", d.resultDigest(), "drawnAt", d.drawnAt())).toList());
        return view;
    }

    static Map<String, Object> publicRecord(TaskDocument task, List<DrawChunk.Pick> drawn) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("taskId", task.taskId);
        view.put("name", task.definition.name());
        view.put("taskType", task.definition.taskType().name());
        view.put("random", !task.isFollowUp());
        view.put("targeted", task.definition.targeting().targeted());
        view.put("filters", task.definition.targeting());
        view.put("initiatingDepartment", task.definition.initiatingDepartment());
        view.put("departments", task.definition.departments());
        view.put("checkItems", task.definition.checkItems());
        view.put("state", task.state.name());
        view.put("entropySource", task.definition.entropySource());
        view.put("teams", task.definition.teams());
        view.put("strata", task.definition.strata());
        if (task.freeze != null) {
            TaskDocument.Freeze f = task.freeze;
            Map<String, Object> commitment = new LinkedHashMap<>();
            commitment.put("freezeNumber", f.number());
            commitment.put("reason", f.reason());
            commitment.put("frozenAt", f.frozenAt());
            commitment.put("drawDate", f.drawDate());
            commitment.put("populationDigest", f.populationDigest());
            commitment.put("rosterDigest", f.rosterDigest());
            commitment.put("paramsDigest", f.paramsDigest());
            commitment.put("commitment", f.commitment());
            commitment.put("strata", f.strata());
            commitment.put("exclusions", f.excluded());
            view.put("freeze", commitment);
        }
        if (task.draw != null) {
            TaskDocument.Draw d = task.draw;
            Map<String, Object> draw = new LinkedHashMap<>();
            draw.put("publicEntropy", d.publicEntropy());
            draw.put("secret", task.freeze.secret());
            draw.put("drawnAt", d.drawnAt());
            draw.put("strata", d.strata());
            draw.put("resultDigest", d.resultDigest());
            draw.put("selected", d.selected());
            draw.put("shortfalls", d.blocked());
            if (task.definition.publishDrawnList()) {
                draw.put("drawn", drawn.stream().map(p -> Map.of("objectId", p.objectId(), "stratum", p.stratum(), "rank", p.rank())).toList());
                draw.put("drawnListComplete", drawn.size() == d.selected());
            } else {
                draw.put("drawn", List.of());
                draw.put("drawnListWithheld", "the task's rules do not publish the drawn list; each enterprise can check its own case");
            }
            view.put("draw", draw);
        }
        view.put("withheld", List.of("per-stratum population lists (credit-risk classes are an internal basis for supervision)",
                "inspector roster and recusal pairs (they can reveal relationships)"));
        return view;
    }

    /** Drawn objects with their names and assigned inspectors (names from the read model), for staff. */
    static List<Map<String, Object>> drawnForStaff(List<DrawChunk.Pick> picks, org.springframework.data.mongodb.core.MongoTemplate mongo) {
        java.util.Set<String> objectIds = new java.util.HashSet<>();
        java.util.Set<String> inspectorIds = new java.util.HashSet<>();
        picks.forEach(p -> {
            objectIds.add(p.objectId());
            inspectorIds.addAll(p.inspectors());
        });
        Map<String, cn.supervision.sampling.population.PopulationObject> objects = new java.util.HashMap<>();
        mongo.find(new org.springframework.data.mongodb.core.query.Query(org.springframework.data.mongodb.core.query.Criteria.where("_id").in(objectIds)),
                cn.supervision.sampling.population.PopulationObject.class).forEach(o -> objects.put(o.objectId(), o));
        Map<String, cn.supervision.sampling.population.RosterInspector> inspectors = new java.util.HashMap<>();
        mongo.find(new org.springframework.data.mongodb.core.query.Query(org.springframework.data.mongodb.core.query.Criteria.where("_id").in(inspectorIds)),
                cn.supervision.sampling.population.RosterInspector.class).forEach(i -> inspectors.put(i.inspectorId(), i));
        return picks.stream().map(p -> {
            Map<String, Object> view = new LinkedHashMap<>();
            var object = objects.get(p.objectId());
            view.put("objectId", p.objectId());
            view.put("objectName", object == null ? null : object.name());
            view.put("stratum", p.stratum());
            view.put("rank", p.rank());
            view.put("inspectors", p.inspectors().stream().map(id -> {
                var inspector = inspectors.get(id);
                Map<String, Object> who = new LinkedHashMap<>();
                who.put("inspectorId", id);
                who.put("name", inspector == null ? null : inspector.name());
                who.put("department", inspector == null ? null : inspector.department());
                return who;
            }).toList());
            view.put("shortfall", p.blocked());
            return view;
        }).toList();
    }

    /** A shortfall as staff see it: who is missing, who the draw could assign, and how it was resolved. */
    static Map<String, Object> shortfall(ShortfallDocument d) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("taskId", d.taskId);
        view.put("objectId", d.objectId);
        view.put("objectName", d.pending.objectName());
        view.put("status", d.status.name());
        view.put("missing", d.missing);
        view.put("assigned", d.pending.inspectors());
        view.put("resolution", d.resolution);
        view.put("createdAt", d.createdAt);
        return view;
    }
}
