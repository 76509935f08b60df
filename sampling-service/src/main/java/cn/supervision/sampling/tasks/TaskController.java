package cn.supervision.sampling.tasks;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Staff API of tasks, and the anonymous public draw record and self-check. */
@RestController
class TaskController {

    private final SamplingTasks tasks;
    private final Shortfalls shortfalls;
    private final SelfCheck selfCheck;
    private final MongoTemplate mongo;

    TaskController(SamplingTasks tasks, Shortfalls shortfalls, SelfCheck selfCheck, MongoTemplate mongo) {
        this.tasks = tasks;
        this.shortfalls = shortfalls;
        this.selfCheck = selfCheck;
        this.mongo = mongo;
    }

    @PostMapping("/tasks")
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody TaskRequests.CreateTask request) {
        TaskDocument task = tasks.publish(request.toDefinition());
        return ResponseEntity.created(URI.create("/tasks/" + task.taskId)).body(TaskViews.staff(task));
    }

    /** Tasks, newest first, optionally of one type (RANDOM, FOLLOW_UP). */
    @GetMapping("/tasks")
    List<Map<String, Object>> list(@RequestParam(required = false) String type, @RequestParam(required = false) String department,
            @RequestParam(defaultValue = "200") int limit) {
        Query query = type == null ? new Query() : new Query(where("definition.taskType").is(type));
        if (department != null && !department.isBlank()) {
            // a joint task is a task of every department taking part: the initiating one and each team's
            query.addCriteria(new org.springframework.data.mongodb.core.query.Criteria().orOperator(
                    where("definition.initiatingDepartment").is(department), where("definition.teams.department").is(department)));
        }
        query.with(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "publishedAt"))
                .limit(Math.min(Math.max(limit, 1), 1000));
        query.fields().exclude("outbox");
        return mongo.find(query, TaskDocument.class).stream().map(t -> Map.<String, Object>of("taskId", t.taskId, "name", t.definition.name(),
                "taskType", t.definition.taskType().name(), "state", t.state.name(), "initiatingDepartment", t.definition.initiatingDepartment(),
                "departments", t.definition.departments()))
                .toList();
    }

    @GetMapping("/tasks/{taskId}")
    Map<String, Object> find(@PathVariable String taskId) {
        return TaskViews.staff(tasks.find(taskId));
    }

    @PostMapping("/tasks/{taskId}/inspector-exclusions")
    Map<String, Object> excludeInspector(@PathVariable String taskId, @Valid @RequestBody TaskRequests.ExcludeInspector request) {
        return TaskViews.staff(tasks.excludeInspector(taskId, request.inspectorId(), request.objectId(), request.reason()));
    }

    @PostMapping("/tasks/{taskId}/freeze")
    Map<String, Object> freeze(@PathVariable String taskId, @Valid @RequestBody(required = false) TaskRequests.FreezeRequest request) {
        return TaskViews.staff(tasks.freeze(taskId, request == null ? null : request.reason()));
    }

    /** Objects left out at the freeze with their published reason codes (staff; the public record shows the counts). */
    @GetMapping("/tasks/{taskId}/exclusions")
    Map<String, String> exclusions(@PathVariable String taskId, @RequestParam(defaultValue = "0") int skip,
            @RequestParam(defaultValue = "1000") int limit) {
        return tasks.excluded(tasks.find(taskId), Math.max(skip, 0), Math.min(Math.max(limit, 1), 10_000));
    }

    @PostMapping("/tasks/{taskId}/draw")
    Map<String, Object> draw(@PathVariable String taskId, @Valid @RequestBody TaskRequests.DrawRequest request) {
        return TaskViews.staff(tasks.draw(taskId, request.publicEntropy()));
    }

    /** Staff: the drawn objects of the current draw with the inspectors assigned to each (the draw ceremony's screen). */
    @GetMapping("/tasks/{taskId}/drawn")
    List<Map<String, Object>> drawn(@PathVariable String taskId, @RequestParam(defaultValue = "0") int skip,
            @RequestParam(defaultValue = "1000") int limit) {
        return TaskViews.drawnForStaff(tasks.drawn(tasks.find(taskId), Math.max(skip, 0), Math.min(Math.max(limit, 1), 10_000)), mongo);
    }

    @GetMapping("/tasks/{taskId}/shortfalls")
    List<Map<String, Object>> shortfalls(@PathVariable String taskId) {
        return shortfalls.of(taskId).stream().map(TaskViews::shortfall).toList();
    }

    @PostMapping("/tasks/{taskId}/shortfalls/{objectId}/resolution")
    Map<String, Object> resolve(@PathVariable String taskId, @PathVariable String objectId,
            @Valid @RequestBody TaskRequests.ResolveShortfall request) {
        return TaskViews.shortfall(shortfalls.resolve(taskId, objectId, request.inspectors(), request.reason()));
    }

    /** The full DRAW-1 transcript (populations, roster, recusals): for auditors and the provincial platform; streamed. */
    @GetMapping(value = "/tasks/{taskId}/transcript", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> transcript(@PathVariable String taskId) {
        List<String> chunks = tasks.transcriptChunkIds(taskId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out -> {
            for (String id : chunks) {
                out.write(tasks.transcriptChunk(id));
            }
        });
    }

    /** What DRAW-1 §7 publishes to everyone: no login. */
    @GetMapping("/public/tasks/{taskId}/draw")
    Map<String, Object> publicDraw(@PathVariable String taskId) {
        TaskDocument task = tasks.find(taskId);
        return TaskViews.publicRecord(task, task.definition.publishDrawnList() ? tasks.drawn(task, 0, TaskViews.EMBEDDED_DRAWN_LIST) : List.of());
    }

    /** The drawn list a page at a time (when the task's rules publish it). */
    @GetMapping("/public/tasks/{taskId}/drawn")
    List<Map<String, String>> publicDrawn(@PathVariable String taskId, @RequestParam(defaultValue = "0") int skip,
            @RequestParam(defaultValue = "1000") int limit) {
        TaskDocument task = tasks.find(taskId);
        if (!task.definition.publishDrawnList()) {
            return List.of();
        }
        return tasks.drawn(task, Math.max(skip, 0), Math.min(Math.max(limit, 1), 10_000)).stream()
                .map(p -> Map.of("objectId", p.objectId(), "stratum", p.stratum(), "rank", p.rank())).toList();
    }

    /** "Was I drawn?": an enterprise's own verdict, computed from published values only. */
    @GetMapping("/public/tasks/{taskId}/was-i-drawn")
    Map<String, Object> wasIDrawn(@PathVariable String taskId, @RequestParam(required = false) String uscc) {
        return selfCheck.check(taskId, uscc);
    }
}
