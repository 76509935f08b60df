package cn.supervision.console.tasks;

import java.util.List;
import java.util.Map;

import cn.supervision.console.api.PlatformApi;
import cn.supervision.console.api.Service;
import cn.supervision.console.api.ServiceProblem;
import cn.supervision.console.signin.Staff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import static cn.supervision.console.api.PlatformApi.query;

/**
 * 抽查任务: the department's tasks (a joint task is every participating department's) and the form of a new
 * (joint) random task. The form is sent as typed; sampling decides, and its refusals come back beside the fields.
 */
@Controller
class TaskController {

    private static final Logger log = LoggerFactory.getLogger(TaskController.class);

    private final PlatformApi api;
    private final CheckItemChoices checkItems;

    TaskController(PlatformApi api, CheckItemChoices checkItems) {
        this.api = api;
        this.checkItems = checkItems;
    }

    @GetMapping("/tasks")
    String list(Staff staff, Model model) {
        String department = staff.department() == null ? "" : staff.department();
        model.addAttribute("tasks", api.list(Service.SAMPLING, query("/tasks", Map.of("department", department))));
        return "console/tasks/list";
    }

    @GetMapping("/tasks/new")
    String blank(Staff staff, Model model) {
        return form(TaskForm.blank(staff.department()), new FormErrors(), model);
    }

    @PostMapping("/tasks/new")
    String create(Staff staff, @ModelAttribute("form") TaskForm form, Model model) {
        if (staff.department() != null) {
            // a department's clerk initiates for their own department; only the platform administrator chooses
            form.setInitiatingDepartment(staff.department());
        }
        CheckItemChoices.Catalogue catalogue = checkItems.load();
        FormErrors errors = new FormErrors();
        Map<String, Object> body = form.toRequest(catalogue, errors);
        if (body == null) {
            return form(form, errors, model, catalogue);
        }
        try {
            api.post(Service.SAMPLING, "/tasks", body);
        } catch (ServiceProblem refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            log.info("task {} not published for {}: {} {}", body.get("taskId"), staff.id(), refused.status(), refused.fields());
            return form(form, FormErrors.of(refused, "抽查服务", form::formField), model, catalogue);
        }
        log.info("task {} published by {} for {}", body.get("taskId"), staff.id(), body.get("initiatingDepartment"));
        return "redirect:" + PlatformApi.path("/tasks/{id}", body.get("taskId"));
    }

    private String form(TaskForm form, FormErrors errors, Model model) {
        return form(form, errors, model, checkItems.load());
    }

    private String form(TaskForm form, FormErrors errors, Model model, CheckItemChoices.Catalogue catalogue) {
        model.addAttribute("form", form.padded());
        model.addAttribute("errors", errors);
        model.addAttribute("catalogue", catalogue);
        List<Map<String, Object>> plans = api.list(Service.SAMPLING, "/plans");
        model.addAttribute("plans", plans);
        return "console/tasks/new";
    }
}
