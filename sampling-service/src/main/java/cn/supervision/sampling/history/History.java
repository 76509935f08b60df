package cn.supervision.sampling.history;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Queries and keyed writes over inspections done and assignments made; every write can be repeated harmlessly. */
@Component
public class History {

    private final MongoTemplate mongo;

    History(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Random inspections (completed or refused) per object in {@code year}; follow-ups never count. */
    public Map<String, Integer> randomInspections(int year) {
        Map<String, Integer> counts = new HashMap<>();
        try (java.util.stream.Stream<InspectionDone> done = mongo.stream(new Query(where("year").is(year).and("taskType").is("RANDOM")),
                InspectionDone.class)) {
            done.forEach(d -> counts.merge(d.objectId(), 1, Integer::sum));
        }
        return counts;
    }

    /** Objects inspected at random in {@code year} per department (a joint inspection counts for each of its departments). */
    public Map<String, Set<String>> inspectedAtRandomByDepartment(int year) {
        Map<String, Set<String>> byDepartment = new HashMap<>();
        try (java.util.stream.Stream<InspectionDone> done = mongo.stream(new Query(where("year").is(year).and("taskType").is("RANDOM")),
                InspectionDone.class)) {
            done.forEach(d -> d.departments().forEach(dep -> byDepartment.computeIfAbsent(dep, k -> new HashSet<>()).add(d.objectId())));
        }
        return byDepartment;
    }

    /** Objects waiting for a visit in a task other than {@code taskId} that checks one of {@code items}. */
    public Set<String> openInOtherTasks(String taskId, Set<String> items) {
        Set<String> open = new HashSet<>();
        try (java.util.stream.Stream<Assignment> allStream = mongo.stream(new Query(where("done").is(false)), Assignment.class)) {
            java.util.Iterator<Assignment> all = allStream.iterator();
            all.forEachRemaining(a -> {
                if (!a.taskId().equals(taskId) && a.items().stream().anyMatch(items::contains)) {
                    open.add(a.objectId());
                }
            });
        }
        return open;
    }

    /** Open assignments per inspector: the load DRAW-1 and the follow-up assignment balance. */
    public Map<String, Long> openLoad() {
        Map<String, Long> load = new HashMap<>();
        try (java.util.stream.Stream<Assignment> allStream = mongo.stream(new Query(where("done").is(false)), Assignment.class)) {
            java.util.Iterator<Assignment> all = allStream.iterator();
            all.forEachRemaining(a -> a.inspectors().forEach(i -> load.merge(i, 1L, Long::sum)));
        }
        return load;
    }

    /** For each object, the inspectors of its latest assignment in a task other than {@code taskId} (rotation). */
    public Map<String, List<String>> lastInspectors(String taskId) {
        Map<String, Assignment> latest = new HashMap<>();
        try (java.util.stream.Stream<Assignment> allStream = mongo.stream(new Query(), Assignment.class)) {
            java.util.Iterator<Assignment> all = allStream.iterator();
            all.forEachRemaining(a -> {
                if (!a.taskId().equals(taskId)) {
                    latest.merge(a.objectId(), a, (x, y) -> x.assignedAt().isAfter(y.assignedAt()) ? x : y);
                }
            });
        }
        Map<String, List<String>> inspectors = new HashMap<>();
        latest.forEach((object, a) -> inspectors.put(object, a.inspectors()));
        return inspectors;
    }

    public List<String> lastInspectorsOf(String objectId, String taskId) {
        return mongo.find(new Query(where("objectId").is(objectId)), Assignment.class).stream().filter(a -> !a.taskId().equals(taskId))
                .max((x, y) -> x.assignedAt().compareTo(y.assignedAt())).map(Assignment::inspectors).orElse(List.of());
    }

    /** Inserts the assignment unless it is already there (a repeat after a crash changes nothing). */
    public void assigned(String taskId, String objectId, String taskType, int year, Collection<String> items, List<String> inspectors,
            Instant at) {
        Update onInsert = new Update().setOnInsert("taskId", taskId).setOnInsert("objectId", objectId).setOnInsert("taskType", taskType)
                .setOnInsert("year", year).setOnInsert("items", List.copyOf(items)).setOnInsert("inspectors", inspectors)
                .setOnInsert("assignedAt", at).setOnInsert("done", false);
        mongo.upsert(new Query(where("_id").is(Assignment.idOf(taskId, objectId))), onInsert, Assignment.class);
    }
}
