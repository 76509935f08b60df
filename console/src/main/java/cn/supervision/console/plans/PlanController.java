package cn.supervision.console.plans;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.supervision.console.api.PlatformApi;
import cn.supervision.console.api.Service;
import cn.supervision.console.api.ServiceProblem;
import cn.supervision.console.signin.Staff;
import cn.supervision.console.tasks.CheckItemChoices;
import cn.supervision.console.tasks.FormErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static cn.supervision.console.api.PlatformApi.query;

/** 年度抽查计划: the plans of a year the department takes part in, and the form of a new plan. */
@Controller
class PlanController {

    private static final Logger log = LoggerFactory.getLogger(PlanController.class);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final PlatformApi api;
    private final CheckItemChoices checkItems;

    PlanController(PlatformApi api, CheckItemChoices checkItems) {
        this.api = api;
        this.checkItems = checkItems;
    }

    @GetMapping("/plans")
    String list(@RequestParam(required = false) Integer year, Staff staff, Model model) {
        int shown = year == null ? LocalDate.now(BEIJING).getYear() : year;
        List<Map<String, Object>> plans = api.list(Service.SAMPLING, query("/plans", Map.of("year", shown))).stream()
                .filter(p -> staff.actsFor(departments(p))).toList();
        model.addAttribute("year", shown);
        model.addAttribute("plans", plans);
        return "console/plans/list";
    }

    @GetMapping("/plans/new")
    String blank(Staff staff, Model model) {
        return form(PlanForm.blank(staff.department(), LocalDate.now(BEIJING).getYear()), new FormErrors(), model, checkItems.load());
    }

    @PostMapping("/plans/new")
    String create(Staff staff, @ModelAttribute("form") PlanForm form, Model model) {
        if (staff.department() != null) {
            form.setInitiatingDepartment(staff.department());
        }
        CheckItemChoices.Catalogue catalogue = checkItems.load();
        FormErrors errors = new FormErrors();
        Map<String, Object> body = form.toRequest(catalogue, errors);
        if (body == null) {
            return form(form, errors, model, catalogue);
        }
        try {
            api.post(Service.SAMPLING, "/plans", body);
        } catch (ServiceProblem refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            log.info("plan {} not created for {}: {} {}", body.get("planId"), staff.id(), refused.status(), refused.fields());
            return form(form, FormErrors.of(refused, "抽查服务", form::formField), model, catalogue);
        }
        log.info("plan {} of {} created by {} for {}", body.get("planId"), body.get("year"), staff.id(), body.get("initiatingDepartment"));
        return "redirect:/plans?year=" + body.get("year");
    }

    private String form(PlanForm form, FormErrors errors, Model model, CheckItemChoices.Catalogue catalogue) {
        model.addAttribute("form", form.padded());
        model.addAttribute("errors", errors);
        model.addAttribute("catalogue", catalogue);
        return "console/plans/new";
    }

    /** The departments of a plan: the initiating one and the participating ones. */
    static List<String> departments(Map<String, Object> view) {
        Map<?, ?> plan = view.get("plan") instanceof Map<?, ?> p ? p : Map.of();
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(String.valueOf(plan.get("initiatingDepartment")));
        if (plan.get("participatingDepartments") instanceof List<?> others) {
            others.forEach(d -> all.add(String.valueOf(d)));
        }
        return all;
    }
}
