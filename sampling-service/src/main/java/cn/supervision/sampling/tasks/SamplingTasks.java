package cn.supervision.sampling.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.supervision.draw.DrawResult;
import cn.supervision.draw.DrawnObject;
import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.platform.security.AuditTrail;
import cn.supervision.sampling.access.ActingUser;
import cn.supervision.sampling.access.DepartmentScope;
import cn.supervision.sampling.drawlog.DrawLog;
import cn.supervision.sampling.drawlog.LogDraft;
import cn.supervision.sampling.history.History;
import cn.supervision.sampling.plans.PlanRules;
import cn.supervision.sampling.plans.Plans;
import cn.supervision.sampling.population.CheckItemRecord;
import cn.supervision.sampling.population.CreditRisk;
import cn.supervision.sampling.population.Population;
import cn.supervision.sampling.population.PopulationObject;
import cn.supervision.sampling.population.ReadModelCatchUp;
import cn.supervision.sampling.population.RosterInspector;
import cn.supervision.sampling.tasks.FreezeStore.FrozenInspector;
import cn.supervision.sampling.tasks.domain.DefaultStrata;
import cn.supervision.sampling.tasks.domain.DepartmentItem;
import cn.supervision.sampling.tasks.domain.Eligibility;
import cn.supervision.sampling.tasks.domain.ObjectAttributes;
import cn.supervision.sampling.tasks.domain.Recusals;
import cn.supervision.sampling.tasks.domain.RosterRules;
import cn.supervision.sampling.tasks.domain.StratumRule;
import cn.supervision.sampling.tasks.domain.TaskDefinition;
import cn.supervision.sampling.tasks.domain.Team;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Announce → freeze → draw. Each step stores the task and the events it causes in one write of the task document. */
@Service
class SamplingTasks {

    static final String TASKS_TOPIC = "sampling.tasks";
    static final String DRAWS_TOPIC = "sampling.draws";
    private static final Logger log = LoggerFactory.getLogger(SamplingTasks.class);

    private final MongoTemplate mongo;
    private final EventFactory events;
    private final DrawCeremony ceremony;
    private final FreezeStore freezes;
    private final DrawRelease release;
    private final Population population;
    private final History history;
    private final Plans plans;
    private final ReadModelCatchUp catchUp;
    private final DepartmentScope scope;
    private final DrawLog drawLog;
    private final Clock clock;
    private final MeterRegistry meters;
    private final int defaultMaxRandom;
    private final int drawChunkSize;

    SamplingTasks(MongoTemplate mongo, EventFactory events, DrawCeremony ceremony, FreezeStore freezes, DrawRelease release,
            Population population, History history, Plans plans, ReadModelCatchUp catchUp, DepartmentScope scope, DrawLog drawLog, Clock clock,
            MeterRegistry meters, @Value("${sampling.exclusions.max-random-inspections-per-year:2}") int defaultMaxRandom,
            @Value("${sampling.chunks.drawn-objects:1000}") int drawChunkSize) {
        this.mongo = mongo;
        this.events = events;
        this.ceremony = ceremony;
        this.freezes = freezes;
        this.release = release;
        this.population = population;
        this.history = history;
        this.plans = plans;
        this.catchUp = catchUp;
        this.scope = scope;
        this.drawLog = drawLog;
        this.clock = clock;
        this.meters = meters;
        this.defaultMaxRandom = defaultMaxRandom;
        this.drawChunkSize = drawChunkSize;
    }

    TaskDocument publish(TaskDefinition requested) {
        ActingUser user = scope.current();
        scope.authorise(user, requested.departments(), "publish task");
        PlanRules plan = null;
        if (requested.planId() != null) {
            plan = plans.rules(requested.planId()).orElseThrow(() -> ProblemException.ruleViolated("planId", "no plan " + requested.planId()));
        }
        TaskDefinition definition = requested;
        if (definition.strata().isEmpty()) {
            definition = definition.withStrata(plan != null && !plan.strata().isEmpty() ? plan.strata() : DefaultStrata.riskAndTags());
        }
        definition.validated();
        List<FieldProblem> problems = new ArrayList<>();
        if (plan != null) {
            if (!plan.departments().contains(definition.initiatingDepartment())) {
                problems.add(new FieldProblem("planId", "plan " + plan.planId() + " is not a plan of " + definition.initiatingDepartment()));
            }
            LocalDate day = definition.drawDate() != null ? definition.drawDate() : LocalDate.now(clock);
            if (day.getYear() != plan.year()) {
                problems.add(new FieldProblem("planId", "plan " + plan.planId() + " is for " + plan.year() + ", the draw is in " + day.getYear()));
            }
        }
        if (definition.drawDate() != null && definition.drawDate().isBefore(LocalDate.now(clock))) {
            problems.add(new FieldProblem("drawDate", "is in the past"));
        }
        problems.addAll(checkItemsNotInForce(definition));
        if (!problems.isEmpty()) {
            throw new RuleProblems(problems);
        }
        TaskDocument task = new TaskDocument();
        task.taskId = definition.taskId();
        task.definition = definition;
        task.state = TaskDocument.State.PUBLISHED;
        task.publishedAt = Instant.now(clock);
        task.publishedBy = user.name();
        task.recordEvent(events.create(TASKS_TOPIC, "sampling.TaskPublished.v1", task.taskId, TaskEvents.published(task)));
        task.pendingLog.add(new LogDraft("PUBLISHED/" + task.taskId, "TASK_PUBLISHED", task.taskId, task.publishedAt.toString(),
                details("by", user.name(), "taskType", definition.taskType().name(), "departments", String.join(" ", definition.departments()),
                        "checkItems", definition.checkItems().stream().map(i -> i.department() + "/" + i.code()).collect(Collectors.joining(" ")),
                        "strata", definition.strata().stream().map(s -> s.name() + ":" + s.ratioBp()).collect(Collectors.joining(" ")),
                        "targeted", String.valueOf(definition.targeting().targeted()), "entropySource", definition.entropySource())));
        try {
            mongo.insert(task);
        } catch (DuplicateKeyException duplicate) {
            throw ProblemException.conflict("taskId", "task " + definition.taskId() + " already exists");
        }
        drawLog.flush("tasks", task.taskId, task.pendingLog);
        meters.counter("supervision.sampling.tasks.published", "department", definition.initiatingDepartment(), "type",
                definition.taskType().name()).increment();
        log.info("task {} published by {} for {} (targeted: {})", task.taskId, user.name(), definition.departments(),
                definition.targeting().targeted());
        return task;
    }

    /** A task may only name ACTIVE check items in force on its draw day, of the department that checks them (一单). */
    private List<FieldProblem> checkItemsNotInForce(TaskDefinition definition) {
        LocalDate day = definition.drawDate() != null ? definition.drawDate() : LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        boolean waited = false;
        for (int i = 0; i < definition.checkItems().size(); i++) {
            DepartmentItem item = definition.checkItems().get(i);
            CheckItemRecord known = population.checkItem(item.code());
            if (known == null && !waited) {
                // registry may have announced it a moment ago: let the read model catch up once before refusing
                catchUp.awaitCaughtUp();
                waited = true;
                known = population.checkItem(item.code());
            }
            if (known == null) {
                problems.add(new FieldProblem("checkItems[" + i + "].code", "unknown check item " + item.code() + " (not in registry's list)"));
            } else if (!known.inForceOn(day)) {
                problems.add(new FieldProblem("checkItems[" + i + "].code", "check item " + item.code() + " is " + ("RETIRED".equals(known.status())
                        ? "retired" : "not in force on " + day) + " and cannot be drawn"));
            } else if (known.department() != null && !known.department().equals(item.department())) {
                problems.add(new FieldProblem("checkItems[" + i + "].department", "check item " + item.code() + " belongs to " + known.department()));
            }
        }
        return problems;
    }

    TaskDocument find(String taskId) {
        TaskDocument task = mongo.findById(taskId, TaskDocument.class);
        if (task == null) {
            throw ProblemException.notFound("task " + taskId);
        }
        return task;
    }

    /** 人工排除: set an inspector (or an inspector–object pair) aside before the freeze, with a reason; audited. */
    TaskDocument excludeInspector(String taskId, String inspectorId, String objectId, String reason) {
        TaskDocument task = find(taskId);
        ActingUser user = scope.current();
        scope.authorise(user, task.definition.departments(), "exclude inspector");
        Map<String, Object> before = auditView(task);
        if (task.isFollowUp() || task.state == TaskDocument.State.DRAWN) {
            throw ProblemException.conflict("taskId", "task " + taskId + " is " + (task.isFollowUp() ? "a follow-up" : "drawn")
                    + ": inspectors are set aside before the freeze");
        }
        if (population.inspector(inspectorId) == null) {
            throw ProblemException.ruleViolated("inspectorId", "no inspector " + inspectorId + " in sampling's read model");
        }
        Instant now = Instant.now(clock);
        task.staffExclusions.add(new TaskDocument.StaffExclusion(inspectorId, objectId, reason, user.name(), now));
        task.pendingLog.add(new LogDraft("EXCLUDED/" + taskId + "/" + UUID.randomUUID(), "INSPECTOR_EXCLUDED", taskId, now.toString(),
                details("by", user.name(), "inspectorId", inspectorId, "objectId", objectId, "reason", reason,
                        "appliesTo", task.freeze == null ? "the freeze" : "the next freeze")));
        save(task);
        drawLog.flush("tasks", taskId, task.pendingLog);
        AuditTrail.change("task", taskId, before, auditView(task));
        log.info("task {}: inspector {} set aside{} by {}: {}", taskId, inspectorId, objectId == null ? "" : " for " + objectId, user.name(), reason);
        return task;
    }

    /** Snapshots population and roster and commits to a fresh secret. A repeated freeze needs a reason; the old one is kept. */
    TaskDocument freeze(String taskId, String reason) {
        TaskDocument task = find(taskId);
        if (task.isFollowUp()) {
            throw ProblemException.ruleViolated("taskId", "task " + taskId + " is a follow-up: it is assigned, not drawn");
        }
        if (task.freeze != null && (reason == null || reason.isBlank())) {
            throw ProblemException.conflict("reason", "task " + taskId + " is already frozen; a new freeze needs a stated reason");
        }
        ActingUser user = scope.current();
        scope.authorise(user, task.definition.departments(), "freeze task");
        Map<String, Object> before = auditView(task);
        catchUp.requireCaughtUp("population");
        TaskDefinition definition = task.definition;
        LocalDate today = LocalDate.now(clock);
        LocalDate drawDay = definition.drawDate() != null ? definition.drawDate() : today;
        if (drawDay.isBefore(today)) {
            throw ProblemException.ruleViolated("drawDate", "the planned draw day " + drawDay + " has passed; publish a new task");
        }
        int maxRandom = definition.planId() == null ? defaultMaxRandom
                : plans.rules(definition.planId()).map(PlanRules::maxRandomInspectionsPerYear).orElse(defaultMaxRandom);

        Eligibility eligibility = new Eligibility(definition, new Eligibility.History(history.randomInspections(drawDay.getYear()),
                history.openInOtherTasks(taskId, definition.itemKeys()), maxRandom));
        Map<String, CreditRisk> credit = population.creditRisks();
        population.forEachOfTypes(definition.objectTypes(), o -> eligibility.consider(new ObjectAttributes(o.objectId(), o.objectType(),
                o.status(), Population.effectiveRisk(o, credit.get(o.objectId())), o.region(), o.industry(), o.tags())));
        Eligibility.Result eligible = eligibility.result();
        List<List<String>> populations = definition.strata().stream().map(s -> eligible.strata().get(s.name())).toList();
        Set<String> inPopulation = new HashSet<>();
        populations.forEach(inPopulation::addAll);

        Map<String, Integer> leftOut = new TreeMap<>();
        Map<String, List<String>> conflicts = new HashMap<>();
        List<FrozenInspector> roster = roster(task, drawDay, today, leftOut, conflicts);
        List<Recusals.Pair> recusals = Recusals.of(roster.stream().map(FrozenInspector::inspectorId).toList(), inPopulation::contains, conflicts,
                history.lastInspectors(taskId), task.staffExclusions.stream().filter(e -> e.objectId() != null)
                        .map(e -> new Recusals.Pair(e.inspectorId(), e.objectId(), Recusals.Reason.STAFF_EXCLUSION)).toList());

        DrawCeremony.Commitment commitment = ceremony.commit(taskId, definition.strata(), populations, definition.teams(), roster, recusals);
        String freezeId = UUID.randomUUID().toString();
        freezes.write(taskId, freezeId, populations, roster, recusals, eligible.excluded());

        int number = task.freeze == null ? 1 : task.freeze.number() + 1;
        Map<String, String> replaced = new LinkedHashMap<>();
        if (task.freeze != null) {
            task.abandonedFreezes.add(task.freeze);
            replaced.put("replacesFreeze", String.valueOf(task.freeze.number()));
        }
        if (task.draw != null) {
            task.abandonedDraws.add(task.draw);
            replaced.put("abandonsDraw", task.draw.drawId() + " (resultDigest " + task.draw.resultDigest() + ")");
            task.draw = null;
        }
        Map<String, Integer> excluded = new TreeMap<>();
        eligible.excludedCounts().forEach((k, v) -> excluded.put(k.name(), v));
        Map<String, Integer> recusalCounts = new TreeMap<>();
        recusals.forEach(r -> recusalCounts.merge(r.reason().name(), 1, Integer::sum));
        Instant now = Instant.now(clock);
        List<TaskDocument.StratumSize> sizes = new ArrayList<>();
        for (int i = 0; i < definition.strata().size(); i++) {
            sizes.add(new TaskDocument.StratumSize(definition.strata().get(i).name(), definition.strata().get(i).ratioBp(), populations.get(i).size()));
        }
        task.freeze = new TaskDocument.Freeze(freezeId, number, reason, user.name(), now, drawDay, drawDay.getYear(), commitment.secret(),
                commitment.commitment(), commitment.populationDigest(), commitment.rosterDigest(), commitment.paramsDigest(), sizes, excluded,
                roster.size(), leftOut, recusalCounts, maxRandom);
        task.state = TaskDocument.State.FROZEN;
        task.recordEvent(events.create(TASKS_TOPIC, "sampling.DrawCommitted.v1", taskId, TaskEvents.committed(task)));
        Map<String, String> logged = details("by", user.name(), "freezeNumber", String.valueOf(number), "reason", reason, "freezeId", freezeId,
                "commitment", commitment.commitment(), "populationDigest", commitment.populationDigest(), "rosterDigest", commitment.rosterDigest(),
                "paramsDigest", commitment.paramsDigest(), "strata", sizes.stream().map(s -> s.name() + ":" + s.ratioBp() + ":" + s.n())
                        .collect(Collectors.joining(" ")), "excluded", excluded.toString(), "drawDate", drawDay.toString());
        logged.putAll(replaced);
        task.pendingLog.add(new LogDraft("FREEZE/" + taskId + "/" + freezeId, "FREEZE", taskId, now.toString(), logged));
        try {
            save(task);
        } catch (RuntimeException e) {
            freezes.delete(taskId, freezeId);
            throw e;
        }
        drawLog.flush("tasks", taskId, task.pendingLog);
        AuditTrail.change("task", taskId, before, auditView(task));
        String department = definition.initiatingDepartment();
        meters.counter("supervision.sampling.freezes", "department", department).increment();
        excluded.forEach((why, n) -> meters.counter("supervision.sampling.excluded.objects", "department", department, "reason", why).increment(n));
        log.info("task {} frozen (freeze {} {}) by {}: {} eligible, {} excluded {}, {} inspectors, {} recusals, commitment {}", taskId, number,
                freezeId, user.name(), task.freeze.eligible(), task.freeze.excludedTotal(), excluded, roster.size(), recusals.size(),
                commitment.commitment());
        return task;
    }

    /** Inspectors who may be drawn: team departments, active on the draw day, qualified, not set aside; load = open assignments. */
    private List<FrozenInspector> roster(TaskDocument task, LocalDate drawDay, LocalDate today, Map<String, Integer> leftOut,
            Map<String, List<String>> conflicts) {
        TaskDefinition definition = task.definition;
        Set<String> teamDepartments = definition.teams().stream().map(Team::department).collect(Collectors.toSet());
        List<RosterRules.Requirement> requirements = definition.checkItems().stream().map(i -> {
            CheckItemRecord item = population.checkItem(i.code());
            return new RosterRules.Requirement(i.department(), i.code(), item == null ? null : item.objectType());
        }).toList();
        Set<String> setAside = task.staffExclusions.stream().filter(e -> e.objectId() == null).map(TaskDocument.StaffExclusion::inspectorId)
                .collect(Collectors.toSet());
        Map<String, Long> load = history.openLoad();
        List<FrozenInspector> roster = new ArrayList<>();
        for (RosterInspector i : population.inspectorsOf(List.copyOf(teamDepartments))) {
            RosterRules.LeftOut why = RosterRules.check(candidate(i), teamDepartments, requirements, drawDay, today, setAside);
            if (why != null) {
                leftOut.merge(why.name(), 1, Integer::sum);
                continue;
            }
            roster.add(new FrozenInspector(i.inspectorId(), i.department(), load.getOrDefault(i.inspectorId(), 0L), i.name()));
            if (!i.conflictsOfInterest().isEmpty()) {
                conflicts.put(i.inspectorId(), i.conflictsOfInterest());
            }
        }
        return roster;
    }

    static RosterRules.Candidate candidate(RosterInspector i) {
        return new RosterRules.Candidate(i.inspectorId(), i.department(), i.qualifications(), i.status(),
                i.absences().stream().map(a -> new RosterRules.Absence(a.from(), a.to(), a.status())).toList());
    }

    /** Reveals the secret, computes DRAW-1 from exactly the frozen inputs, and emits one SampleDrawn per drawn object. */
    TaskDocument draw(String taskId, String publicEntropy) {
        TaskDocument task = find(taskId);
        if (task.isFollowUp()) {
            throw ProblemException.ruleViolated("taskId", "task " + taskId + " is a follow-up: it is assigned, not drawn");
        }
        if (task.state == TaskDocument.State.PUBLISHED) {
            throw ProblemException.conflict("taskId", "task " + taskId + " is not frozen: freeze it before the draw");
        }
        if (task.state == TaskDocument.State.DRAWN) {
            throw ProblemException.conflict("taskId", "task " + taskId + " is already drawn: a re-draw needs a new freeze with a reason");
        }
        ActingUser user = scope.current();
        scope.authorise(user, task.definition.departments(), "draw task");
        Map<String, Object> before = auditView(task);
        TaskDocument.Freeze freeze = task.freeze;
        FreezeStore.Frozen frozen = freezes.load(taskId, freeze.freezeId(), task.definition.strata().size());
        DrawCeremony.Outcome outcome = ceremony.draw(task, frozen, publicEntropy);
        DrawResult result = outcome.result();
        String drawId = UUID.randomUUID().toString();
        Instant now = Instant.now(clock);

        Map<String, FrozenInspector> inspectors = new HashMap<>();
        frozen.roster().forEach(i -> inspectors.put(i.inspectorId(), i));
        Map<String, List<TaskEvents.Shortfall>> shortfalls = new LinkedHashMap<>();
        result.shortfalls().forEach(s -> shortfalls.computeIfAbsent(s.objectId(), k -> new ArrayList<>())
                .add(new TaskEvents.Shortfall(s.department(), s.missing())));
        Map<String, PopulationObject> objects = objectsOf(result.selected().stream().map(DrawnObject::objectId).toList());

        List<DrawChunk> chunks = new ArrayList<>();
        List<ShortfallDocument> blocked = new ArrayList<>();
        DrawChunk chunk = null;
        for (DrawnObject o : result.selected()) {
            if (chunk == null || chunk.picks.size() >= drawChunkSize) {
                chunk = new DrawChunk();
                chunk.seq = chunks.size();
                chunk.id = DrawChunk.idOf(taskId, drawId, chunk.seq);
                chunk.taskId = taskId;
                chunk.drawId = drawId;
                chunk.createdAt = now;
                chunks.add(chunk);
            }
            List<TaskEvents.Shortfall> missing = shortfalls.getOrDefault(o.objectId(), List.of());
            List<TaskEvents.AssignedInspector> assigned = o.inspectors().stream().map(id -> new TaskEvents.AssignedInspector(id,
                    inspectors.get(id).name(), inspectors.get(id).department())).toList();
            TaskEvents.SampleDrawn event = TaskEvents.drawn(task.definition, o.objectId(), objects.get(o.objectId()), o.stratum(), o.rank(),
                    assigned, missing, now, null);
            chunk.picks.add(new DrawChunk.Pick(o.objectId(), o.stratum(), o.rank(), o.inspectors(), !missing.isEmpty()));
            if (missing.isEmpty()) {
                chunk.held.add(events.create(DRAWS_TOPIC, "sampling.SampleDrawn.v1", o.objectId(), event));
            } else {
                blocked.add(Shortfalls.open(taskId, drawId, o.objectId(), missing, event, now));
            }
        }
        List<TranscriptChunk> transcript = new ArrayList<>();
        for (int i = 0; i < outcome.transcript().size(); i++) {
            transcript.add(new TranscriptChunk(taskId + "/" + drawId + "/" + i, taskId, drawId, i, outcome.transcript().get(i)));
        }
        try {
            for (int from = 0; from < chunks.size(); from += 10) {
                mongo.insertAll(chunks.subList(from, Math.min(chunks.size(), from + 10)));
            }
            mongo.insertAll(blocked);
            for (TranscriptChunk t : transcript) {
                mongo.insert(t);
            }
            List<TaskDocument.Tally> tallies = result.strata().stream().map(s -> new TaskDocument.Tally(s.name(), s.n(), s.k(), s.threshold())).toList();
            int missingTotal = result.shortfalls().stream().mapToInt(cn.supervision.draw.Shortfall::missing).sum();
            task.draw = new TaskDocument.Draw(drawId, freeze.number(), publicEntropy, user.name(), now, tallies, result.resultDigest(),
                    result.selected().size(), blocked.size(), missingTotal, chunks.size(), transcript.size());
            task.state = TaskDocument.State.DRAWN;
            task.pendingLog.add(new LogDraft("DRAW/" + taskId + "/" + drawId, "DRAW", taskId, now.toString(), details("by", user.name(),
                    "drawId", drawId, "freezeNumber", String.valueOf(freeze.number()), "commitment", freeze.commitment(), "publicEntropy",
                    publicEntropy, "secret", freeze.secret(), "resultDigest", result.resultDigest(), "strata", tallies.stream()
                            .map(t -> t.name() + ":" + t.n() + ":" + t.k() + ":" + t.threshold()).collect(Collectors.joining(" ")),
                    "selected", String.valueOf(result.selected().size()), "blockedByShortfall", String.valueOf(blocked.size()))));
            save(task);
        } catch (RuntimeException e) {
            release.discard(taskId, drawId);
            throw e;
        }
        release.release(task);
        drawLog.flush("tasks", taskId, task.pendingLog);
        AuditTrail.change("task", taskId, before, auditView(task));
        String department = task.definition.initiatingDepartment();
        meters.counter("supervision.sampling.draws", "department", department).increment();
        meters.counter("supervision.sampling.drawn.objects", "department", department, "type", "RANDOM").increment(result.selected().size());
        meters.counter("supervision.sampling.shortfalls", "department", department).increment(task.draw.missingInspectors());
        log.info("task {} drawn (draw {}) by {} with entropy '{}': {} objects, {} held back by shortfalls, resultDigest {}", taskId, drawId,
                user.name(), publicEntropy, result.selected().size(), blocked.size(), result.resultDigest());
        return task;
    }

    /** The current objects of the read model for the drawn ids (names and USCCs for the events), fetched in batches. */
    private Map<String, PopulationObject> objectsOf(List<String> ids) {
        Map<String, PopulationObject> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            mongo.find(new Query(where("_id").in(ids.subList(from, Math.min(ids.size(), from + 1000)))), PopulationObject.class)
                    .forEach(o -> found.put(o.objectId(), o));
        }
        return found;
    }

    /** The transcript, chunk after chunk, to be streamed to the caller. */
    List<String> transcriptChunkIds(String taskId) {
        TaskDocument task = find(taskId);
        if (task.draw == null) {
            throw ProblemException.conflict("taskId", "task " + taskId + " has not been drawn yet");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < task.draw.transcriptChunks(); i++) {
            ids.add(taskId + "/" + task.draw.drawId() + "/" + i);
        }
        return ids;
    }

    byte[] transcriptChunk(String id) {
        TranscriptChunk chunk = mongo.findById(id, TranscriptChunk.class);
        if (chunk == null) {
            throw new IllegalStateException("transcript chunk " + id + " is missing");
        }
        return chunk.data();
    }

    /** Drawn objects of the current draw in processing order, a page at a time. */
    List<DrawChunk.Pick> drawn(TaskDocument task, int skip, int limit) {
        List<DrawChunk.Pick> page = new ArrayList<>();
        if (task.draw == null) {
            return page;
        }
        int index = 0;
        for (int seq = 0; seq < task.draw.eventChunks() && page.size() < limit; seq++) {
            DrawChunk chunk = mongo.findById(DrawChunk.idOf(task.taskId, task.draw.drawId(), seq), DrawChunk.class);
            if (chunk == null) {
                continue;
            }
            for (DrawChunk.Pick p : chunk.picks) {
                if (index++ >= skip && page.size() < limit) {
                    page.add(p);
                }
            }
        }
        return page;
    }

    Map<String, String> excluded(TaskDocument task, int skip, int limit) {
        if (task.freeze == null) {
            throw ProblemException.conflict("taskId", "task " + task.taskId + " is not frozen yet");
        }
        return freezes.excluded(task.taskId, task.freeze.freezeId(), skip, limit);
    }

    /** 审计留痕: a task's state in brief before and after a staff action (the hash-chained draw log holds the details). */
    private static Map<String, Object> auditView(TaskDocument task) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("state", task.state == null ? null : task.state.name());
        view.put("freezeId", task.freeze == null ? null : task.freeze.freezeId());
        view.put("drawn", task.draw != null);
        view.put("staffExclusions", task.staffExclusions.size());
        return view;
    }

    /** Optimistic locking: two clerks pressing "draw" at once yield one draw and one refusal. */
    private void save(TaskDocument task) {
        try {
            mongo.save(task);
        } catch (OptimisticLockingFailureException concurrent) {
            throw ProblemException.conflict("taskId", "task " + task.taskId + " was changed at the same time; reload and try again");
        }
    }

    /** Details of a log entry from name/value pairs; null values are left out. */
    static Map<String, String> details(String... pairs) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                details.put(pairs[i], pairs[i + 1]);
            }
        }
        return details;
    }
}
