package cn.supervision.console.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.supervision.console.api.PlatformApi;
import cn.supervision.console.api.Service;
import cn.supervision.console.api.ServiceProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import static cn.supervision.console.api.PlatformApi.path;
import static cn.supervision.console.api.PlatformApi.query;

/**
 * 信用与整改: an object's credit file (entries, lists now and before, risk level and why, rectification orders with
 * their re-inspections), who is on the two lists, the rectification orders by status with their deadlines, and the
 * follow-up tasks sampling created for re-inspections. Everything as credit and sampling answer it.
 */
@Controller
class CreditPages {

    static final List<String> LISTS = List.of("ABNORMAL_OPERATIONS", "SERIOUS_VIOLATION");
    /** 未完结: the orders still waiting for correction or for their re-inspection. */
    static final List<String> OPEN = List.of("WAITING", "REQUESTED");

    private final PlatformApi api;

    CreditPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/credit")
    String overview(@RequestParam(required = false) String objectId, @RequestParam(required = false) String status, Model model) {
        if (objectId != null && !objectId.isBlank()) {
            return "redirect:/credit/files/" + UriUtils.encodePathSegment(objectId.strip(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (objectId != null) {
            model.addAttribute("errors", Map.of("objectId", "请输入统一社会信用代码或自编代码"));
        }
        Map<String, List<Map<String, Object>>> lists = new java.util.LinkedHashMap<>();
        for (String list : LISTS) {
            lists.put(list, api.list(Service.CREDIT, path("/credit-lists/{list}", list)));
        }
        model.addAttribute("lists", lists);
        String wanted = status == null || status.isBlank() ? "OPEN" : status;
        model.addAttribute("status", wanted);
        List<Map<String, Object>> followUps = new ArrayList<>();
        try {
            for (String one : "OPEN".equals(wanted) ? OPEN : List.of(wanted)) {
                followUps.addAll(api.list(Service.CREDIT, query("/follow-ups", Map.of("status", one))));
            }
        } catch (ServiceProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            model.addAttribute("errors", Map.of("status", "该项有误：" + refused.fields().getOrDefault("status", refused.detail())));
        }
        followUps.sort(java.util.Comparator.comparing(f -> String.valueOf(((Map<?, ?>) f.get("followUp")).get("rectificationDeadline"))));
        model.addAttribute("followUps", followUps);
        model.addAttribute("followUpTasks", api.list(Service.SAMPLING, query("/tasks", Map.of("type", "FOLLOW_UP"))));
        return "console/credit/overview";
    }

    @GetMapping("/credit/files/{objectId}")
    String file(@PathVariable String objectId, Model model) {
        model.addAttribute("objectId", objectId);
        try {
            model.addAttribute("file", api.get(Service.CREDIT, path("/credit-files/{id}", objectId)));
            model.addAttribute("risk", api.get(Service.CREDIT, path("/credit-files/{id}/risk", objectId)));
        } catch (ServiceProblem notFound) {
            if (notFound.status() != 404) {
                throw notFound;
            }
            // nothing on record is an answer, not an error: a clean object has no credit file yet
            model.addAttribute("file", null);
        }
        return "console/credit/file";
    }
}
