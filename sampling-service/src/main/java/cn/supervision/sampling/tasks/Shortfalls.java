package cn.supervision.sampling.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.sampling.access.ActingUser;
import cn.supervision.sampling.access.DepartmentScope;
import cn.supervision.sampling.drawlog.DrawLog;
import cn.supervision.sampling.drawlog.LogDraft;
import cn.supervision.sampling.history.History;
import cn.supervision.sampling.population.Population;
import cn.supervision.sampling.population.RosterInspector;
import cn.supervision.sampling.tasks.domain.RosterRules;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Shortfalls (缺员): shown to staff, resolved only by naming eligible inspectors — a manual, non-random assignment. */
@Service
class Shortfalls {

    /** Follow-up tasks have no draw: their shortfalls carry this in place of a draw id. */
    static final String FOLLOW_UP = "follow-up";
    private static final Logger log = LoggerFactory.getLogger(Shortfalls.class);

    private final MongoTemplate mongo;
    private final SamplingTasks tasks;
    private final Population population;
    private final History history;
    private final EventFactory events;
    private final DepartmentScope scope;
    private final DrawLog drawLog;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<String, Integer> unresolved = new java.util.concurrent.ConcurrentHashMap<>();

    Shortfalls(MongoTemplate mongo, SamplingTasks tasks, Population population, History history, EventFactory events, DepartmentScope scope,
            DrawLog drawLog, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.tasks = tasks;
        this.population = population;
        this.history = history;
        this.events = events;
        this.scope = scope;
        this.drawLog = drawLog;
        this.clock = clock;
        this.meters = meters;
    }

    static ShortfallDocument open(String taskId, String drawId, String objectId, List<TaskEvents.Shortfall> missing, TaskEvents.SampleDrawn pending,
            Instant now) {
        ShortfallDocument doc = new ShortfallDocument();
        doc.id = ShortfallDocument.idOf(taskId, drawId, objectId);
        doc.taskId = taskId;
        doc.drawId = drawId;
        doc.objectId = objectId;
        doc.status = ShortfallDocument.Status.OPEN;
        doc.missing = missing.stream().map(m -> new ShortfallDocument.Missing(m.department(), m.missing())).toList();
        doc.pending = pending;
        doc.createdAt = now;
        return doc;
    }

    List<ShortfallDocument> of(String taskId) {
        TaskDocument task = tasks.find(taskId);
        String drawId = currentDraw(task);
        return drawId == null ? List.of() : mongo.find(new Query(where("taskId").is(taskId).and("drawId").is(drawId)), ShortfallDocument.class);
    }

    ShortfallDocument resolve(String taskId, String objectId, List<String> inspectorIds, String reason) {
        TaskDocument task = tasks.find(taskId);
        String drawId = currentDraw(task);
        ShortfallDocument doc = drawId == null ? null : mongo.findById(ShortfallDocument.idOf(taskId, drawId, objectId), ShortfallDocument.class);
        if (doc == null) {
            throw ProblemException.notFound("shortfall of object " + objectId + " in the current draw of task " + taskId);
        }
        if (doc.status == ShortfallDocument.Status.RESOLVED) {
            throw ProblemException.conflict("objectId", "the shortfall of " + objectId + " was already resolved by " + doc.resolution.by());
        }
        ActingUser user = scope.current();
        scope.authorise(user, doc.missing.stream().map(ShortfallDocument.Missing::department).toList(), "resolve shortfall");
        List<TaskEvents.AssignedInspector> added = checked(task, doc, inspectorIds);
        Instant now = Instant.now(clock);
        List<TaskEvents.AssignedInspector> all = new ArrayList<>(doc.pending.inspectors());
        all.addAll(added);
        List<TaskEvents.ManualAssignment> manual = new ArrayList<>(doc.pending.manualAssignments() == null ? List.of() : doc.pending.manualAssignments());
        added.forEach(i -> manual.add(new TaskEvents.ManualAssignment(i.inspectorId(), i.department(), user.name(), reason)));
        TaskEvents.SampleDrawn event = doc.pending.completedWith(all, manual);
        doc.recordEvent(events.create(SamplingTasks.DRAWS_TOPIC, "sampling.SampleDrawn.v1", objectId, event));
        doc.status = ShortfallDocument.Status.RESOLVED;
        doc.resolution = new ShortfallDocument.Resolution(user.name(), reason, added.stream().map(TaskEvents.AssignedInspector::inspectorId).toList(), now);
        doc.pendingLog.add(new LogDraft("MANUAL/" + doc.id, "MANUAL_ASSIGNMENT", taskId, now.toString(), SamplingTasks.details("by", user.name(),
                "objectId", objectId, "drawId", drawId, "reason", reason, "inspectors", added.stream()
                        .map(i -> i.department() + ":" + i.inspectorId()).collect(Collectors.joining(" ")), "random", "false")));
        try {
            mongo.save(doc);
        } catch (OptimisticLockingFailureException concurrent) {
            throw ProblemException.conflict("objectId", "the shortfall of " + objectId + " was changed at the same time; reload and try again");
        }
        int year = task.freeze != null ? task.freeze.year() : LocalDate.now(clock).getYear();
        history.assigned(taskId, objectId, task.definition.taskType().name(), year, task.definition.itemKeys(),
                all.stream().map(TaskEvents.AssignedInspector::inspectorId).toList(), now);
        drawLog.flush("shortfalls", doc.id, doc.pendingLog);
        added.forEach(i -> meters.counter("supervision.sampling.shortfalls.resolved", "department", i.department()).increment());
        log.info("task {} object {}: shortfall resolved by {} naming {} ({})", taskId, objectId, user.name(), doc.resolution.inspectors(), reason);
        return doc;
    }

    /** Each named inspector must fill a missing place of its department and be one DRAW-1 could have chosen. */
    private List<TaskEvents.AssignedInspector> checked(TaskDocument task, ShortfallDocument doc, List<String> inspectorIds) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> stillMissing = new HashMap<>();
        doc.missing.forEach(m -> stillMissing.put(m.department(), m.missing()));
        Set<String> already = doc.pending.inspectors().stream().map(TaskEvents.AssignedInspector::inspectorId).collect(Collectors.toCollection(HashSet::new));
        List<String> rotation = history.lastInspectorsOf(doc.objectId, task.taskId);
        LocalDate today = LocalDate.now(clock);
        List<TaskEvents.AssignedInspector> added = new ArrayList<>();
        for (int i = 0; i < inspectorIds.size(); i++) {
            String field = "inspectors[" + i + "]";
            String id = inspectorIds.get(i);
            RosterInspector inspector = population.inspector(id);
            if (inspector == null) {
                problems.add(new FieldProblem(field, "no inspector " + id + " in sampling's read model"));
            } else if (!already.add(id)) {
                problems.add(new FieldProblem(field, id + " is already assigned to this object"));
            } else if (stillMissing.getOrDefault(inspector.department(), 0) < 1) {
                problems.add(new FieldProblem(field, id + " is of " + inspector.department() + ", which misses nobody here"));
            } else if (!RosterRules.activeOn(SamplingTasks.candidate(inspector), today, today)) {
                problems.add(new FieldProblem(field, id + " is not active today"));
            } else if (inspector.conflictsOfInterest().contains(doc.objectId)) {
                problems.add(new FieldProblem(field, id + " has declared a conflict of interest with this object (回避)"));
            } else if (rotation.contains(id)) {
                problems.add(new FieldProblem(field, id + " inspected this object last time (rotation)"));
            } else {
                stillMissing.merge(inspector.department(), -1, Integer::sum);
                added.add(new TaskEvents.AssignedInspector(id, inspector.name(), inspector.department()));
            }
        }
        stillMissing.forEach((department, n) -> {
            if (n > 0 && problems.isEmpty()) {
                problems.add(new FieldProblem("inspectors", department + " still misses " + n + " inspector(s)"));
            }
        });
        if (!problems.isEmpty()) {
            throw new RuleProblems(problems);
        }
        return added;
    }

    private static String currentDraw(TaskDocument task) {
        if (task.isFollowUp()) {
            return FOLLOW_UP;
        }
        return task.draw == null ? null : task.draw.drawId();
    }

    /**
     * Gauge {@code supervision.sampling.shortfalls.unresolved{department}}: places still missing in the current draws
     * (and follow-ups), for every department with inspectors; an alert fires while one stays above zero.
     */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${sampling.shortfalls.refresh:PT10S}", initialDelayString = "PT1S")
    void measureUnresolved() {
        try {
            Map<String, Integer> counts = new HashMap<>();
            mongo.getCollection(mongo.getCollectionName(RosterInspector.class)).distinct("department", String.class)
                    .forEach(d -> counts.put(d, 0));
            for (ShortfallDocument doc : mongo.find(new Query(where("status").is(ShortfallDocument.Status.OPEN)), ShortfallDocument.class)) {
                TaskDocument task = mongo.findById(doc.taskId, TaskDocument.class);
                if (task != null && doc.drawId.equals(currentDraw(task))) {
                    doc.missing.forEach(m -> counts.merge(m.department(), m.missing(), Integer::sum));
                }
            }
            counts.forEach((department, n) -> {
                if (unresolved.put(department, n) == null) {
                    io.micrometer.core.instrument.Gauge.builder("supervision.sampling.shortfalls.unresolved", unresolved,
                            m -> m.getOrDefault(department, 0)).description("Inspector places still missing in current draws")
                            .tag("department", department).register(meters);
                }
            });
        } catch (RuntimeException e) {
            log.warn("could not count unresolved shortfalls, will retry: {}", e.toString());
        }
    }
}
