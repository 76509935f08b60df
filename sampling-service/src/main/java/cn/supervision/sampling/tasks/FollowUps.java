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
import java.util.function.Consumer;

import cn.supervision.platform.events.CloudEvent;
import cn.supervision.platform.events.MalformedEventException;
import cn.supervision.platform.inbox.EventInbox;
import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.sampling.drawlog.DrawLog;
import cn.supervision.sampling.drawlog.LogDraft;
import cn.supervision.sampling.history.History;
import cn.supervision.sampling.population.CheckItemRecord;
import cn.supervision.sampling.population.Population;
import cn.supervision.sampling.population.PopulationObject;
import cn.supervision.sampling.population.RosterInspector;
import cn.supervision.sampling.tasks.domain.DepartmentItem;
import cn.supervision.sampling.tasks.domain.LeastLoad;
import cn.supervision.sampling.tasks.domain.RosterRules;
import cn.supervision.sampling.tasks.domain.Targeting;
import cn.supervision.sampling.tasks.domain.TaskDefinition;
import cn.supervision.sampling.tasks.domain.TaskType;
import cn.supervision.sampling.tasks.domain.Team;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * 后续监管: credit-service asks for a targeted re-inspection (rectification due, complaint). Sampling opens a FOLLOW_UP
 * task for that one object — never random, never counted as random coverage, visibly marked — with the department's
 * items, assigns that department's least-loaded eligible inspectors (recusals respected; recorded as a non-random
 * assignment) and emits SampleDrawn with {@code taskType FOLLOW_UP}, {@code rank null}, {@code stratum "follow-up"}.
 * The task id derives from the followUpId, so a redelivered request creates nothing new.
 */
@Configuration
class FollowUps {

    private static final Logger log = LoggerFactory.getLogger(FollowUps.class);
    static final String STRATUM = "follow-up";
    static final String ASSIGNED_BY = "sampling-service (least open assignments, not random)";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Requested(String followUpId, String objectId, String uscc, String objectName, String objectType, String reason, String department,
            List<String> checkItems, LocalDate dueDate, Instant requestedAt) {
    }

    private final MongoTemplate mongo;
    private final Population population;
    private final History history;
    private final EventFactory events;
    private final DrawLog drawLog;
    private final Clock clock;
    private final MeterRegistry meters;

    FollowUps(MongoTemplate mongo, Population population, History history, EventFactory events, DrawLog drawLog, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.population = population;
        this.history = history;
        this.events = events;
        this.drawLog = drawLog;
        this.clock = clock;
        this.meters = meters;
    }

    static String taskIdOf(String followUpId) {
        return followUpId.startsWith("FU-") ? followUpId : "FU-" + followUpId;
    }

    @Bean
    Consumer<Message<byte[]>> creditFollowUps(EventInbox inbox, JsonMapper json) {
        return message -> inbox.receive("creditFollowUps", message, event -> {
            if (event.type().startsWith("credit.FollowUpRequested")) {
                open(read(json, event));
            }
        });
    }

    void open(Requested r) {
        if (r.followUpId() == null || r.objectId() == null || r.department() == null || r.checkItems() == null || r.checkItems().isEmpty()) {
            throw new MalformedEventException("FollowUpRequested without followUpId, objectId, department or check items");
        }
        String taskId = taskIdOf(r.followUpId());
        TaskDocument existing = mongo.findById(taskId, TaskDocument.class);
        if (existing != null) {
            log.info("follow-up {} already has task {}: nothing new", r.followUpId(), taskId);
            drawLog.flush("tasks", taskId, existing.pendingLog);
            return;
        }
        PopulationObject object = population.object(r.objectId());
        String objectType = object != null ? object.objectType() : r.objectType() != null ? r.objectType() : "ENTERPRISE";
        String objectName = object != null ? object.name() : r.objectName();
        List<DepartmentItem> items = r.checkItems().stream().map(code -> new DepartmentItem(r.department(), code)).toList();
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        TaskDefinition definition = new TaskDefinition(taskId, "后续监管 " + objectName + " (" + r.reason() + ")", TaskType.FOLLOW_UP,
                r.department(), List.of(objectType), Targeting.NONE, items, List.of(), List.of(new Team(r.department(),
                TaskDefinition.MIN_INSPECTORS_PER_OBJECT)), "none: a follow-up is assigned, not drawn", r.dueDate(), today, null, true,
                r.followUpId());

        List<String> chosen = choose(r, objectType, items, taskId, today);
        Map<String, RosterInspector> byId = new HashMap<>();
        chosen.forEach(id -> byId.put(id, population.inspector(id)));
        List<TaskEvents.AssignedInspector> inspectors = chosen.stream()
                .map(id -> new TaskEvents.AssignedInspector(id, byId.get(id).name(), r.department())).toList();
        List<TaskEvents.ManualAssignment> manual = chosen.stream()
                .map(id -> new TaskEvents.ManualAssignment(id, r.department(), ASSIGNED_BY, "follow-up " + r.reason())).toList();
        int missing = TaskDefinition.MIN_INSPECTORS_PER_OBJECT - chosen.size();
        List<TaskEvents.Shortfall> shortfalls = missing > 0 ? List.of(new TaskEvents.Shortfall(r.department(), missing)) : List.of();
        PopulationObject named = object != null ? object : new PopulationObject(r.objectId(), r.uscc(), objectName, objectType, null, null, null,
                null, null, null, null, null);
        TaskEvents.SampleDrawn drawn = TaskEvents.drawn(definition, r.objectId(), named, STRATUM, null, inspectors, shortfalls, now, manual);

        TaskDocument task = new TaskDocument();
        task.taskId = taskId;
        task.definition = definition;
        task.state = TaskDocument.State.ASSIGNED;
        task.publishedAt = now;
        task.publishedBy = "credit-service follow-up " + r.followUpId();
        task.recordEvent(events.create(SamplingTasks.TASKS_TOPIC, "sampling.TaskPublished.v1", taskId, TaskEvents.published(task)));
        if (missing > 0) {
            // too few eligible inspectors: the object waits for staff, like a drawn object with a shortfall
            ShortfallDocument shortfall = Shortfalls.open(taskId, Shortfalls.FOLLOW_UP, r.objectId(), shortfalls, drawn, now);
            try {
                mongo.insert(shortfall);
            } catch (DuplicateKeyException alreadyThere) {
                // a previous attempt wrote it before stopping
            }
        } else {
            task.recordEvent(events.create(SamplingTasks.DRAWS_TOPIC, "sampling.SampleDrawn.v1", r.objectId(), drawn));
        }
        task.pendingLog.add(new LogDraft("FOLLOW_UP/" + taskId, "FOLLOW_UP_ASSIGNED", taskId, now.toString(), SamplingTasks.details(
                "followUpId", r.followUpId(), "objectId", r.objectId(), "reason", r.reason(), "department", r.department(), "inspectors",
                String.join(" ", chosen), "missing", String.valueOf(Math.max(0, missing)), "random", "false", "rule", ASSIGNED_BY)));
        try {
            mongo.insert(task);
        } catch (DuplicateKeyException concurrentRedelivery) {
            return;
        }
        if (missing <= 0) {
            history.assigned(taskId, r.objectId(), TaskType.FOLLOW_UP.name(), today.getYear(), definition.itemKeys(), chosen, now);
        }
        drawLog.flush("tasks", taskId, task.pendingLog);
        meters.counter("supervision.sampling.followups", "department", r.department(), "reason", String.valueOf(r.reason())).increment();
        meters.counter("supervision.sampling.drawn.objects", "department", r.department(), "type", TaskType.FOLLOW_UP.name()).increment();
        log.info("follow-up {} for object {}: task {} assigned to {}{}", r.followUpId(), r.objectId(), taskId, chosen,
                missing > 0 ? " — " + missing + " inspector(s) missing, waits for staff" : "");
    }

    /** The department's eligible inspectors, least loaded first; conflicts of interest and rotation respected. */
    private List<String> choose(Requested r, String objectType, List<DepartmentItem> items, String taskId, LocalDate today) {
        List<RosterRules.Requirement> requirements = new ArrayList<>();
        for (DepartmentItem item : items) {
            CheckItemRecord known = population.checkItem(item.code());
            requirements.add(new RosterRules.Requirement(item.department(), item.code(), known != null ? known.objectType() : objectType));
        }
        List<String> eligible = new ArrayList<>();
        Set<String> recused = new HashSet<>(history.lastInspectorsOf(r.objectId(), taskId));
        for (RosterInspector i : population.inspectorsOf(List.of(r.department()))) {
            if (RosterRules.check(SamplingTasks.candidate(i), Set.of(r.department()), requirements, today, today, Set.of()) == null) {
                eligible.add(i.inspectorId());
                if (i.conflictsOfInterest().contains(r.objectId())) {
                    recused.add(i.inspectorId());
                }
            }
        }
        return LeastLoad.choose(eligible, history.openLoad(), recused, TaskDefinition.MIN_INSPECTORS_PER_OBJECT);
    }

    private static Requested read(JsonMapper json, CloudEvent event) {
        try {
            return json.readValue(event.data(), Requested.class);
        } catch (JacksonException e) {
            throw new MalformedEventException("unreadable " + event.type() + " " + event.id(), e);
        }
    }
}
