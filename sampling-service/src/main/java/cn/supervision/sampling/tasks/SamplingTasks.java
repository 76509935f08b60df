package cn.supervision.sampling.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.sampling.population.PopulationObject;
import cn.supervision.sampling.population.RosterInspector;
import cn.supervision.sampling.tasks.TaskDocument.FrozenInspector;
import cn.supervision.sampling.tasks.TaskDocument.FrozenObject;
import cn.supervision.sampling.tasks.TaskDocument.FrozenStratum;
import cn.supervision.sampling.tasks.domain.Eligibility;
import cn.supervision.sampling.tasks.domain.ObjectAttributes;
import cn.supervision.sampling.tasks.domain.TaskDefinition;
import cn.supervision.sampling.tasks.domain.Team;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Announce → freeze → draw. Each step stores the task and the events it causes in one write. */
@Service
class SamplingTasks {

    static final String TASKS_TOPIC = "sampling.tasks";
    static final String DRAWS_TOPIC = "sampling.draws";
    private static final Logger log = LoggerFactory.getLogger(SamplingTasks.class);

    private final MongoTemplate mongo;
    private final EventFactory events;
    private final DrawCeremony ceremony;
    private final Clock clock;
    private final MeterRegistry meters;

    SamplingTasks(MongoTemplate mongo, EventFactory events, DrawCeremony ceremony, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.events = events;
        this.ceremony = ceremony;
        this.clock = clock;
        this.meters = meters;
    }

    TaskDocument publish(TaskDefinition definition) {
        TaskDocument task = new TaskDocument();
        task.taskId = definition.taskId();
        task.definition = definition;
        task.state = TaskDocument.State.PUBLISHED;
        task.publishedAt = Instant.now(clock);
        task.recordEvent(events.create(TASKS_TOPIC, "sampling.TaskPublished.v1", task.taskId, TaskEvents.published(task)));
        try {
            mongo.insert(task);
        } catch (DuplicateKeyException duplicate) {
            throw ProblemException.conflict("taskId", "task " + definition.taskId() + " already exists");
        }
        log.info("task {} published by {}", task.taskId, definition.initiatingDepartment());
        return task;
    }

    TaskDocument find(String taskId) {
        TaskDocument task = mongo.findById(taskId, TaskDocument.class);
        if (task == null) {
            throw ProblemException.notFound("task " + taskId);
        }
        return task;
    }

    /** Snapshots population and roster and commits to a fresh secret. A repeated freeze needs a reason; the old one is kept. */
    TaskDocument freeze(String taskId, String reason) {
        TaskDocument task = find(taskId);
        if (task.freeze != null && (reason == null || reason.isBlank())) {
            throw ProblemException.conflict("reason", "task " + taskId + " is already frozen; a new freeze needs a stated reason");
        }
        TaskDefinition definition = task.definition;
        List<PopulationObject> directory = mongo.find(new Query(where("objectType").in(definition.objectTypes())), PopulationObject.class);
        Eligibility.Result eligible = Eligibility.of(definition, directory.stream()
                .map(o -> new ObjectAttributes(o.objectId(), o.objectType(), o.status(), o.riskLevel(), o.region(), o.industry(), o.tags()))
                .toList());
        Map<String, PopulationObject> byId = new HashMap<>();
        directory.forEach(o -> byId.put(o.objectId(), o));
        List<FrozenStratum> strata = definition.strata().stream()
                .map(s -> new FrozenStratum(s.name(), s.ratioBp(), eligible.strata().get(s.name()))).toList();
        List<FrozenObject> objects = new ArrayList<>();
        eligible.strata().values().forEach(ids -> ids.forEach(id -> {
            PopulationObject o = byId.get(id);
            objects.add(new FrozenObject(id, o.uscc(), o.name(), o.objectType()));
        }));
        List<FrozenInspector> roster = roster(definition);
        DrawCeremony.Commitment commitment = ceremony.commit(taskId, strata, definition.teams(), roster, List.of());
        int number = task.freeze == null ? 1 : task.freeze.number() + 1;
        if (task.freeze != null) {
            task.abandonedFreezes.add(task.freeze);
        }
        if (task.draw != null) {
            task.abandonedDraws.add(task.draw);
            task.draw = null;
        }
        task.freeze = new TaskDocument.Freeze(number, reason, Instant.now(clock), commitment.secret(), commitment.commitment(),
                commitment.populationDigest(), commitment.rosterDigest(), commitment.paramsDigest(), strata, objects, roster, List.of(),
                eligible.excluded().size());
        task.state = TaskDocument.State.FROZEN;
        task.recordEvent(events.create(TASKS_TOPIC, "sampling.DrawCommitted.v1", taskId, TaskEvents.committed(task)));
        save(task);
        log.info("task {} frozen (freeze {}): {} eligible objects, {} inspectors, commitment {}", taskId, number, objects.size(),
                roster.size(), commitment.commitment());
        return task;
    }

    /** Reveals the secret, computes DRAW-1 from exactly the frozen inputs, and emits one SampleDrawn per drawn object. */
    TaskDocument draw(String taskId, String publicEntropy) {
        TaskDocument task = find(taskId);
        if (task.state == TaskDocument.State.PUBLISHED) {
            throw ProblemException.conflict("taskId", "task " + taskId + " is not frozen: freeze it before the draw");
        }
        if (task.state == TaskDocument.State.DRAWN) {
            throw ProblemException.conflict("taskId", "task " + taskId + " is already drawn: a re-draw needs a new freeze with a reason");
        }
        DrawCeremony.Outcome outcome = ceremony.draw(taskId, task.freeze, task.definition.teams(), publicEntropy);
        Map<String, FrozenObject> objects = new LinkedHashMap<>();
        task.freeze.objects().forEach(o -> objects.put(o.objectId(), o));
        Map<String, String> inspectorNames = new HashMap<>();
        task.freeze.inspectors().forEach(i -> inspectorNames.put(i.inspectorId(), i.name()));
        Map<String, String> inspectorDepartments = new HashMap<>();
        task.freeze.inspectors().forEach(i -> inspectorDepartments.put(i.inspectorId(), i.department()));
        Instant now = Instant.now(clock);
        for (DrawCeremony.Pick pick : outcome.selected()) {
            task.recordEvent(events.create(DRAWS_TOPIC, "sampling.SampleDrawn.v1", pick.objectId(), TaskEvents.drawn(task,
                    objects.get(pick.objectId()), pick, outcome.shortfallsOf(pick.objectId()), inspectorNames, inspectorDepartments, now)));
        }
        task.draw = new TaskDocument.Draw(task.freeze.number(), publicEntropy, now, outcome.transcript(), outcome.selected().size(),
                outcome.shortfallCount());
        task.state = TaskDocument.State.DRAWN;
        save(task);
        meters.counter("supervision.sampling.draws", "department", task.definition.initiatingDepartment()).increment();
        meters.counter("supervision.sampling.drawn.objects", "department", task.definition.initiatingDepartment())
                .increment(outcome.selected().size());
        meters.counter("supervision.sampling.shortfalls", "department", task.definition.initiatingDepartment())
                .increment(outcome.shortfallCount());
        log.info("task {} drawn with entropy '{}': {} objects, {} shortfalls", taskId, publicEntropy, outcome.selected().size(),
                outcome.shortfallCount());
        return task;
    }

    String transcript(String taskId) {
        TaskDocument task = find(taskId);
        if (task.draw == null) {
            throw ProblemException.conflict("taskId", "task " + taskId + " has not been drawn yet");
        }
        return task.draw.transcript();
    }

    /** Active inspectors of the teams' departments, as the read model knows them now. */
    private List<FrozenInspector> roster(TaskDefinition definition) {
        List<String> departments = definition.teams().stream().map(Team::department).toList();
        return mongo.find(new Query(where("department").in(departments).and("status").is("ACTIVE")), RosterInspector.class).stream()
                .map(i -> new FrozenInspector(i.inspectorId(), i.name(), i.department(), 0)).toList();
    }

    /** Optimistic locking: two clerks pressing "draw" at once yield one draw and one refusal. */
    private void save(TaskDocument task) {
        try {
            mongo.save(task);
        } catch (OptimisticLockingFailureException concurrent) {
            throw ProblemException.conflict("taskId", "task " + task.taskId + " was changed at the same time; reload and try again");
        }
    }
}
