package cn.supervision.disclosure.site;

import cn.supervision.disclosure.checkitems.PublicCheckItems;
import cn.supervision.disclosure.enterprises.EnterprisePage;
import cn.supervision.disclosure.results.PublicResults;
import cn.supervision.disclosure.results.ResultCategoryNames;
import cn.supervision.disclosure.results.ResultSearch;
import cn.supervision.disclosure.tasks.PublicTasks;
import cn.supervision.platform.problem.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public site: search, enterprise page, task page, check-item list. Plain links and GET forms only. */
@Controller
class SiteController {

    private final PublicResults results;
    private final EnterprisePage enterprises;
    private final PublicTasks tasks;
    private final PublicCheckItems checkItems;

    SiteController(PublicResults results, EnterprisePage enterprises, PublicTasks tasks, PublicCheckItems checkItems) {
        this.results = results;
        this.enterprises = enterprises;
        this.tasks = tasks;
        this.checkItems = checkItems;
    }

    @GetMapping("/")
    String search(@RequestParam(required = false) String uscc, @RequestParam(required = false) String name,
            @RequestParam(required = false) String taskId, @RequestParam(required = false) String department,
            @RequestParam(required = false) String category, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String page, Model model, HttpServletResponse response) {
        model.addAttribute("q", new SearchForm(uscc, name, taskId, department, category, from, to));
        model.addAttribute("categories", ResultCategoryNames.all());
        try {
            ResultSearch search = ResultSearch.parse(uscc, name, taskId, department, category, from, to, null, page, null);
            model.addAttribute("page", results.page(search));
            model.addAttribute("searched", !search.empty());
        } catch (ProblemException e) {
            response.setStatus(e.status());
            model.addAttribute("errors", e.errors());
        }
        return "disclosure/search";
    }

    @GetMapping("/enterprises/{objectId}")
    String enterprise(@PathVariable String objectId, Model model, HttpServletResponse response) {
        return enterprises.of(objectId).map(e -> {
            model.addAttribute("e", e);
            return "disclosure/enterprise";
        }).orElseGet(() -> notFound(model, response, "未找到该检查对象的公示信息：" + objectId));
    }

    @GetMapping("/tasks")
    String taskList(Model model) {
        model.addAttribute("tasks", tasks.list(0, 100));
        return "disclosure/tasks";
    }

    @GetMapping("/tasks/{taskId}")
    String task(@PathVariable String taskId, @RequestParam(defaultValue = "0") int drawnPage, Model model, HttpServletResponse response) {
        int pageNumber = Math.max(0, Math.min(drawnPage, 100_000));
        return tasks.find(taskId, pageNumber, 100).map(t -> {
            model.addAttribute("t", t);
            model.addAttribute("results", results.page(ResultSearch.parse(null, null, taskId, null, null, null, null, null, "0", "100")));
            return "disclosure/task";
        }).orElseGet(() -> notFound(model, response, "未找到抽查任务：" + taskId));
    }

    @GetMapping("/check-items")
    String checkItems(@RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("items", checkItems.list(null, all));
        model.addAttribute("all", all);
        return "disclosure/check-items";
    }

    private static String notFound(Model model, HttpServletResponse response, String message) {
        response.setStatus(404);
        model.addAttribute("message", message);
        return "disclosure/not-found";
    }

}
