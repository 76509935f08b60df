package cn.supervision.sampling.tasks;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff API of tasks, and the anonymous public draw record. */
@RestController
class TaskController {

    private final SamplingTasks tasks;

    TaskController(SamplingTasks tasks) {
        this.tasks = tasks;
    }

    @PostMapping("/tasks")
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody TaskRequests.CreateTask request) {
        TaskDocument task = tasks.publish(request.toDefinition());
        return ResponseEntity.created(URI.create("/tasks/" + task.taskId)).body(TaskViews.staff(task));
    }

    @GetMapping("/tasks/{taskId}")
    Map<String, Object> find(@PathVariable String taskId) {
        return TaskViews.staff(tasks.find(taskId));
    }

    @PostMapping("/tasks/{taskId}/freeze")
    Map<String, Object> freeze(@PathVariable String taskId, @Valid @RequestBody(required = false) TaskRequests.FreezeRequest request) {
        return TaskViews.staff(tasks.freeze(taskId, request == null ? null : request.reason()));
    }

    @PostMapping("/tasks/{taskId}/draw")
    Map<String, Object> draw(@PathVariable String taskId, @Valid @RequestBody TaskRequests.DrawRequest request) {
        return TaskViews.staff(tasks.draw(taskId, request.publicEntropy()));
    }

    /** The full DRAW-1 transcript (populations, roster, recusals): for auditors and the provincial platform. */
    @GetMapping(value = "/tasks/{taskId}/transcript", produces = MediaType.APPLICATION_JSON_VALUE)
    String transcript(@PathVariable String taskId) {
        return tasks.transcript(taskId);
    }

    /** What DRAW-1 §7 publishes to everyone: no login. */
    @GetMapping("/public/tasks/{taskId}/draw")
    Map<String, Object> publicDraw(@PathVariable String taskId) {
        return TaskViews.publicRecord(tasks.find(taskId));
    }
}
