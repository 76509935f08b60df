package cn.supervision.console.tasks;

import java.util.List;
import java.util.Map;

import cn.supervision.console.api.ConsoleProperties;
import cn.supervision.console.api.PlatformApi;
import cn.supervision.console.api.Service;
import cn.supervision.console.api.ServiceProblem;
import cn.supervision.console.signin.Staff;
import cn.supervision.console.web.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static cn.supervision.console.api.PlatformApi.path;

/**
 * 抽取仪式, the screen witnesses watch: the task as announced, 冻结 (the digests, the commitment and the announced
 * entropy source), the entropy field and 抽取, then the result with shortfalls highlighted, the transcript and the
 * public verification links. Only the departments taking part see a task here (the services let every staff role read).
 * A second 抽取 never draws again: sampling refuses a drawn task, and the console then shows the existing result.
 */
@Controller
class DrawCeremonyController {

    private static final Logger log = LoggerFactory.getLogger(DrawCeremonyController.class);

    /** Where anyone verifies the draw: sampling's public record and "was I drawn?", disclosure's public task page. */
    record PublicLinks(String publicDraw, String wasIDrawn, String publicTask) {
    }

    private final PlatformApi api;
    private final CheckItemChoices checkItems;
    private final ConsoleProperties properties;

    DrawCeremonyController(PlatformApi api, CheckItemChoices checkItems, ConsoleProperties properties) {
        this.api = api;
        this.checkItems = checkItems;
        this.properties = properties;
    }

    @GetMapping("/tasks/{taskId}")
    String task(@PathVariable String taskId, Staff staff, Model model) {
        return page(visibleTask(taskId, staff), null, new FormErrors(), model);
    }

    @PostMapping("/tasks/{taskId}/freeze")
    String freeze(@PathVariable String taskId, @RequestParam(required = false) String reason, Staff staff, Model model,
            RedirectAttributes redirect) {
        Map<String, Object> task = visibleTask(taskId, staff);
        try {
            Map<String, Object> frozen = api.post(Service.SAMPLING, path("/tasks/{id}/freeze", taskId),
                    reason == null || reason.isBlank() ? Map.of() : Map.of("reason", reason.strip()));
            log.info("task {} frozen by {}: commitment {}", taskId, staff.id(), frozen.get("freeze") instanceof Map<?, ?> f ? f.get("commitment") : "?");
        } catch (ServiceProblem refused) {
            if (refused.status() >= 500 || refused.status() == 404) {
                throw refused;
            }
            log.info("freeze of task {} refused for {}: {} {}", taskId, staff.id(), refused.status(), refused.detail());
            FormErrors errors = FormErrors.of(refused, "抽查服务", field -> "reason".equals(field) ? "reason" : null);
            model.addAttribute("reason", reason);
            return page(task, null, errors, model);
        }
        return "redirect:" + path("/tasks/{id}", taskId) + "#commitment";
    }

    /** 人工排除 before the freeze: an inspector temporarily unavailable, or (with an object) one inspector–object pair. */
    @PostMapping("/tasks/{taskId}/inspector-exclusions")
    String excludeInspector(@PathVariable String taskId, @RequestParam(required = false) String inspectorId,
            @RequestParam(required = false) String objectId, @RequestParam(required = false) String reason, Staff staff, Model model) {
        Map<String, Object> task = visibleTask(taskId, staff);
        FormErrors errors = new FormErrors();
        if (FormRows.isBlank(inspectorId)) {
            errors.field("inspectorId", "请选择检查人员");
        }
        if (FormRows.isBlank(reason)) {
            errors.field("exclusionReason", "请填写排除原因（如 出差、病假、与该对象有利害关系）");
        }
        if (errors.isEmpty()) {
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("inspectorId", inspectorId.strip());
            body.put("objectId", FormRows.isBlank(objectId) ? null : objectId.strip());
            body.put("reason", reason.strip());
            try {
                api.post(Service.SAMPLING, path("/tasks/{id}/inspector-exclusions", taskId), body);
                log.info("task {}: inspector {} excluded{} by {}", taskId, inspectorId.strip(), FormRows.isBlank(objectId) ? "" : " for object " + objectId.strip(),
                        staff.id());
                return "redirect:" + path("/tasks/{id}", taskId) + "#staff-exclusions";
            } catch (ServiceProblem refused) {
                if (refused.status() >= 500 || refused.status() == 404 && refused.fields().isEmpty()) {
                    throw refused;
                }
                log.info("exclusion of inspector {} from task {} refused for {}: {} {}", inspectorId, taskId, staff.id(), refused.status(), refused.detail());
                errors = FormErrors.of(refused, "抽查服务", field -> switch (field) {
                    case "inspectorId", "objectId" -> field;
                    case "reason" -> "exclusionReason";
                    default -> null;
                });
            }
        }
        model.addAttribute("exclusion", Map.of("inspectorId", inspectorId == null ? "" : inspectorId, "objectId", objectId == null ? "" : objectId,
                "reason", reason == null ? "" : reason));
        return page(task, null, errors, model);
    }

    @PostMapping("/tasks/{taskId}/draw")
    String draw(@PathVariable String taskId, @RequestParam(required = false) String publicEntropy, Staff staff, Model model,
            RedirectAttributes redirect) {
        Map<String, Object> task = visibleTask(taskId, staff);
        if ("DRAWN".equals(task.get("state"))) {
            // a second click (or a second witness's tablet): nothing is sent, the result stands
            log.info("task {} already drawn; second draw by {} not sent", taskId, staff.id());
            redirect.addAttribute("already", "drawn");
            return "redirect:" + path("/tasks/{id}", taskId) + "#result";
        }
        FormErrors errors = new FormErrors();
        if (publicEntropy == null || publicEntropy.isBlank()) {
            errors.field("publicEntropy", "请输入公开随机数（按冻结时公布的随机源，如当日开奖号码）");
            return page(task, publicEntropy, errors, model);
        }
        try {
            Map<String, Object> drawn = api.post(Service.SAMPLING, path("/tasks/{id}/draw", taskId), Map.of("publicEntropy", publicEntropy.strip()));
            log.info("task {} drawn by {} with entropy '{}': resultDigest {}", taskId, staff.id(), publicEntropy.strip(),
                    drawn.get("draw") instanceof Map<?, ?> d ? d.get("resultDigest") : "?");
        } catch (ServiceProblem refused) {
            if (refused.status() == 409 && "DRAWN".equals(api.get(Service.SAMPLING, path("/tasks/{id}", taskId)).get("state"))) {
                // drawn meanwhile (two clicks at once: sampling's optimistic lock lets one through): show that draw
                log.info("task {} was drawn meanwhile; second draw by {} refused by sampling", taskId, staff.id());
                redirect.addAttribute("already", "drawn");
                return "redirect:" + path("/tasks/{id}", taskId) + "#result";
            }
            if (refused.status() >= 500 || refused.status() == 404) {
                throw refused;
            }
            log.info("draw of task {} refused for {}: {} {}", taskId, staff.id(), refused.status(), refused.detail());
            return page(task, publicEntropy, FormErrors.of(refused, "抽查服务", field -> "publicEntropy".equals(field) ? "publicEntropy" : null), model);
        }
        return "redirect:" + path("/tasks/{id}", taskId) + "#result";
    }

    /** 抽取过程记录 (DRAW-1 transcript), fetched as the person and handed over as a file to keep or verify. */
    @GetMapping("/tasks/{taskId}/transcript")
    ResponseEntity<byte[]> transcript(@PathVariable String taskId, Staff staff) {
        visibleTask(taskId, staff);
        ResponseEntity<byte[]> file = api.download(Service.SAMPLING, path("/tasks/{id}/transcript", taskId));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "application/json")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"transcript-" + taskId.replaceAll("[^A-Za-z0-9._-]", "_") + ".json\"")
                .body(file.getBody());
    }

    /** The task, if this person's department takes part in it (or they act for every department); else the refusal page. */
    private Map<String, Object> visibleTask(String taskId, Staff staff) {
        Map<String, Object> task = api.get(Service.SAMPLING, path("/tasks/{id}", taskId));
        List<?> departments = task.get("departments") instanceof List<?> d ? d : List.of();
        if (!staff.actsFor(departments.stream().map(String::valueOf).toList())) {
            throw new Refused("任务 " + taskId + " 不属于" + staff.departmentName() + "：只有参加该任务的部门可以查看。");
        }
        return task;
    }

    /** The registry's inspectors of the task's departments, for the 人工排除 form. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> inspectorsOf(Map<String, Object> task) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        List<?> departments = task.get("departments") instanceof List<?> d ? d : List.of();
        for (Object department : departments) {
            Map<String, Object> page = api.get(Service.REGISTRY, PlatformApi.query("/inspectors", Map.of("department", department, "size", 200)));
            if (page.get("items") instanceof List<?> items) {
                items.forEach(i -> all.add((Map<String, Object>) i));
            }
        }
        return all;
    }

    private String page(Map<String, Object> task, String entropy, FormErrors errors, Model model) {
        String taskId = String.valueOf(task.get("taskId"));
        model.addAttribute("task", task);
        model.addAttribute("entropy", entropy);
        model.addAttribute("errors", errors);
        model.addAttribute("catalogue", checkItems.load());
        model.addAttribute("links", new PublicLinks(properties.publicSamplingUrl() + path("/public/tasks/{id}/draw", taskId),
                properties.publicSamplingUrl() + path("/public/tasks/{id}/was-i-drawn", taskId),
                properties.publicDisclosureUrl() + path("/tasks/{id}", taskId)));
        if ("PUBLISHED".equals(task.get("state"))) {
            model.addAttribute("inspectors", inspectorsOf(task));
            if (!model.containsAttribute("exclusion")) {
                model.addAttribute("exclusion", Map.of("inspectorId", "", "objectId", "", "reason", ""));
            }
        }
        if (task.get("draw") != null) {
            model.addAttribute("drawn", api.list(Service.SAMPLING, path("/tasks/{id}/drawn", taskId)));
            model.addAttribute("shortfalls", api.list(Service.SAMPLING, path("/tasks/{id}/shortfalls", taskId)));
        }
        return "console/tasks/task";
    }
}
