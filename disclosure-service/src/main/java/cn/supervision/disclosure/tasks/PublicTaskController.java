package cn.supervision.disclosure.tasks;

import java.util.List;

import cn.supervision.platform.problem.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public tasks (no login): announcements, commitments, drawn lists. */
@RestController
class PublicTaskController {

    static final int MAX_PAGE_SIZE = 500;

    private final PublicTasks tasks;

    PublicTaskController(PublicTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/public/tasks")
    List<TaskView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        check(page, size);
        return tasks.list(page * Math.min(size, 100), Math.min(size, 100));
    }

    /** One task; its drawn list a page at a time ({@code drawnPage} from 0, {@code drawnSize} at most 500). */
    @GetMapping("/public/tasks/{taskId}")
    TaskView task(@PathVariable String taskId, @RequestParam(defaultValue = "0") int drawnPage, @RequestParam(defaultValue = "100") int drawnSize) {
        if (taskId.length() > 100) {
            throw ProblemException.invalid("taskId", "must be at most 100 characters");
        }
        check(drawnPage, drawnSize);
        return tasks.find(taskId, drawnPage, Math.min(drawnSize, MAX_PAGE_SIZE)).orElseThrow(() -> ProblemException.notFound("task " + taskId));
    }

    static void check(int page, int size) {
        if (page < 0 || page > 100_000) {
            throw ProblemException.invalid("page", "must be between 0 and 100000");
        }
        if (size < 1) {
            throw ProblemException.invalid("size", "must be at least 1");
        }
    }
}
