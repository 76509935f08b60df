package cn.supervision.console.inspections;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.supervision.console.api.PlatformApi;
import cn.supervision.console.api.Service;
import cn.supervision.console.api.ServiceProblem;
import cn.supervision.console.signin.Staff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 审核: the reviewer approves (通过) the submitted results or returns them (退回) with a reason, in their own name. */
@Controller
class ReviewController {

    private static final Logger log = LoggerFactory.getLogger(ReviewController.class);

    private final RecordPage page;
    private final PlatformApi api;

    ReviewController(RecordPage page, PlatformApi api) {
        this.page = page;
        this.api = api;
    }

    @PostMapping("/inspections/{taskId}/{objectId}/review")
    String review(Staff staff, @PathVariable String taskId, @PathVariable String objectId, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = Map.of("reason", reason == null ? "" : reason);
        boolean returning = "RETURN".equals(decision);
        if (returning && (reason == null || reason.isBlank())) {
            return page.show(staff, taskId, objectId, model,
                    FormErrors.incomplete("review", typed, null, Map.of("reason", "退回时请填写退回原因：说明需要更正什么")));
        }
        if (!returning && !"APPROVE".equals(decision)) {
            return page.show(staff, taskId, objectId, model, FormErrors.incomplete("review", typed, null, Map.of("decision", "请选择通过或退回")));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewerId", staff.id());
        body.put("decision", decision);
        body.put("reason", reason == null || reason.isBlank() ? null : reason.strip());
        try {
            api.post(Service.INSPECTION, RecordPage.recordPath(taskId, objectId) + "/review", body);
        } catch (ServiceProblem refused) {
            if (refused.status() == 403 || refused.status() == 404 || refused.status() >= 500) {
                throw refused;
            }
            return page.show(staff, taskId, objectId, model, FormErrors.refused("review", typed, null, refused,
                    field -> field.equals("reason") || field.equals("decision") ? field : null));
        }
        log.info("inspection {}/{}: review {} by {}", taskId, objectId, decision, staff.id());
        redirect.addFlashAttribute("saved", returning ? "已退回，检查人员将看到退回原因。" : "已审核通过，检查结果将按期公示。");
        return "redirect:" + RecordPage.recordPath(taskId, objectId);
    }
}
