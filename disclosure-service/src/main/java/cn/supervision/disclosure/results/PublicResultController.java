package cn.supervision.disclosure.results;

import java.util.ArrayList;
import java.util.List;

import cn.supervision.disclosure.results.domain.PublicResult;
import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public, login-free pages of the results (一公开). */
@RestController
@RequestMapping("/public")
class PublicResultController {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_TEXT = 100;

    private final PublicResults results;

    PublicResultController(PublicResults results) {
        this.results = results;
    }

    /** Searches by USCC (exact), object name (any part, taken literally) and task; newest result first. Size is capped at 100. */
    @GetMapping("/results")
    ResultPage search(@RequestParam(required = false) String uscc, @RequestParam(required = false) String name,
            @RequestParam(required = false) String taskId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "must not be negative"));
        }
        if (size < 1) {
            problems.add(new FieldProblem("size", "must be at least 1"));
        }
        String usccValue = text("uscc", uscc, problems);
        String nameValue = text("name", name, problems);
        String taskValue = text("taskId", taskId, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        int applied = Math.min(size, MAX_SIZE);
        String normalisedUscc = usccValue == null ? null : usccValue.toUpperCase(java.util.Locale.ROOT);
        List<PublicResultView> items = results.search(normalisedUscc, nameValue, taskValue, (long) page * applied, applied).stream()
                .map(PublicResultView::of).toList();
        return new ResultPage(items, page, applied, results.count(normalisedUscc, nameValue, taskValue));
    }

    @GetMapping("/enterprises/{objectId}")
    EnterpriseResults enterprise(@PathVariable String objectId) {
        List<PublicResult> found = results.ofObject(objectId);
        if (found.isEmpty()) {
            throw ProblemException.notFound("a published result for object " + objectId);
        }
        PublicResult latest = found.get(0);
        return new EnterpriseResults(objectId, latest.uscc(), latest.objectName(), found.stream().map(PublicResultView::of).toList());
    }

    /** Blank means "not given"; anything longer than a name can be is refused. */
    private static String text(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_TEXT + " characters"));
        }
        return stripped;
    }
}
