package cn.supervision.console.inspections;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.supervision.console.api.PlatformApi;
import cn.supervision.console.api.Service;
import cn.supervision.console.api.ServiceProblem;
import cn.supervision.console.signin.Staff;
import cn.supervision.console.web.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an assigned inspector does on the record page, in the service's order: notice (检查通知) and visit (进场检查),
 * both optional; results per check item (draft or entered); evidence (证据材料, from the phone's camera); submission
 * (提交审核); or a side path ending the visit (拒绝检查、无法联系 …). Each acts as the signed-in inspector; the service
 * decides what is allowed. A refusal shows the same page again with what was typed and the messages beside the fields.
 */
@Controller
@RequestMapping("/inspections/{taskId}/{objectId}")
class RecordingController {

    private static final Logger log = LoggerFactory.getLogger(RecordingController.class);

    private final RecordPage page;
    private final PlatformApi api;

    RecordingController(RecordPage page, PlatformApi api) {
        this.page = page;
        this.api = api;
    }

    @PostMapping("/results")
    String results(Staff staff, @PathVariable String taskId, @PathVariable String objectId, @ModelAttribute ResultForm form,
            @RequestParam(required = false) String draft, Model model, RedirectAttributes redirect) {
        String inspectorId = inspectorId(staff);
        String name = "result:" + form.checkItem();
        Map<String, String> incomplete = form.formatErrors();
        if (!incomplete.isEmpty()) {
            return page.show(staff, taskId, objectId, model, FormErrors.incomplete(name, null, form, incomplete));
        }
        boolean isDraft = "true".equals(draft);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inspectorId", inspectorId);
        body.put("items", List.of(form.toItem()));
        body.put("draft", isDraft);
        return send(staff, taskId, objectId, model, redirect, name, null, form, ResultForm::formField,
                () -> api.put(Service.INSPECTION, RecordPage.recordPath(taskId, objectId) + "/results", body),
                "check item " + form.checkItem() + (isDraft ? " saved as draft" : " entered"),
                isDraft ? "检查结果已保存为草稿，尚未提交审核。" : "检查结果已录入。", "result-" + form.checkItem());
    }

    @PostMapping("/notice")
    String notice(Staff staff, @PathVariable String taskId, @PathVariable String objectId, @RequestParam(required = false) String toPrepare,
            @RequestParam(required = false) String noticeDate, @RequestParam(required = false) String visitDate, Model model,
            RedirectAttributes redirect) {
        Map<String, String> typed = typed("toPrepare", toPrepare, "noticeDate", noticeDate, "visitDate", visitDate);
        Map<String, String> incomplete = dateErrors(typed, "noticeDate", "visitDate");
        if (!incomplete.isEmpty()) {
            return page.show(staff, taskId, objectId, model, FormErrors.incomplete("notice", typed, null, incomplete));
        }
        Map<String, Object> body = body(inspectorId(staff), typed);
        return send(staff, taskId, objectId, model, redirect, "notice", typed, null, only(typed.keySet()),
                () -> api.post(Service.INSPECTION, RecordPage.recordPath(taskId, objectId) + "/notice", body), "business notified",
                "检查通知已登记。", "notice");
    }

    @PostMapping("/visit")
    String visit(Staff staff, @PathVariable String taskId, @PathVariable String objectId, @RequestParam(required = false) String visitedOn,
            Model model, RedirectAttributes redirect) {
        Map<String, String> typed = typed("visitedOn", visitedOn);
        Map<String, String> incomplete = dateErrors(typed, "visitedOn");
        if (!incomplete.isEmpty()) {
            return page.show(staff, taskId, objectId, model, FormErrors.incomplete("visit", typed, null, incomplete));
        }
        Map<String, Object> body = body(inspectorId(staff), typed);
        return send(staff, taskId, objectId, model, redirect, "visit", typed, null, only(typed.keySet()),
                () -> api.post(Service.INSPECTION, RecordPage.recordPath(taskId, objectId) + "/visit", body), "visit started",
                "已登记进场检查。", "visit");
    }

    @PostMapping("/outcome")
    String outcome(Staff staff, @PathVariable String taskId, @PathVariable String objectId, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = typed("outcome", outcome, "reason", reason);
        if (outcome == null || outcome.isBlank()) {
            return page.show(staff, taskId, objectId, model, FormErrors.incomplete("outcome", typed, null, Map.of("outcome", "请选择现场遇到的情形")));
        }
        Map<String, Object> body = body(inspectorId(staff), typed);
        return send(staff, taskId, objectId, model, redirect, "outcome", typed, null, only(typed.keySet()),
                () -> api.post(Service.INSPECTION, RecordPage.recordPath(taskId, objectId) + "/outcome", body), "outcome " + outcome + " declared",
                "特殊情形已登记，记录已提交审核。", "outcome");
    }

    @PostMapping("/submit")
    String submit(Staff staff, @PathVariable String taskId, @PathVariable String objectId, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = Map.of("inspectorId", inspectorId(staff));
        return send(staff, taskId, objectId, model, redirect, "submit", Map.of(), null, field -> null,
                () -> api.post(Service.INSPECTION, RecordPage.recordPath(taskId, objectId) + "/submit", body), "submitted for review",
                "已提交审核。", "results");
    }

    /** 证据材料: the photo (or file) passed through as it came, with the type the phone declared; the service reads the content itself. */
    @PostMapping("/evidence")
    String evidence(Staff staff, @PathVariable String taskId, @PathVariable String objectId, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String description, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = typed("description", description);
        if (file == null || file.isEmpty()) {
            return page.show(staff, taskId, objectId, model, FormErrors.incomplete("evidence", typed, null, Map.of("file", "请拍照或选择要上传的文件")));
        }
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(file.getContentType()));
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new HttpEntity<>(file.getResource(), partHeaders));
        parts.add("uploadedBy", inspectorId(staff));
        if (description != null && !description.isBlank()) {
            parts.add("description", description.strip());
        }
        return send(staff, taskId, objectId, model, redirect, "evidence", typed, null, only(Set.of("file", "description")),
                () -> api.upload(Service.INSPECTION, RecordPage.recordPath(taskId, objectId) + "/evidence", parts),
                "evidence " + file.getOriginalFilename() + " (" + file.getSize() + " bytes) uploaded", "证据材料已上传，已记录其 SHA-256 校验值。", "evidence");
    }

    /**
     * Sends the write; on success back to the page (POST-redirect-GET) with a notice; on a refusal of the form's content
     * the page again with what was typed. Refusals of the person (403), a missing record and outages go to the error pages.
     */
    private String send(Staff staff, String taskId, String objectId, Model model, RedirectAttributes redirect, String form,
            Map<String, String> typed, ResultForm result, Function<String, String> formField, Supplier<Map<String, Object>> write, String what,
            String saved, String anchor) {
        try {
            write.get();
        } catch (ServiceProblem refused) {
            if (refused.status() == 403 || refused.status() == 404 || refused.status() >= 500) {
                throw refused;
            }
            return page.show(staff, taskId, objectId, model, FormErrors.refused(form, typed, result, refused, formField));
        }
        log.info("inspection {}/{}: {} by {}", taskId, objectId, what, staff.id());
        redirect.addFlashAttribute("saved", saved);
        return "redirect:" + RecordPage.recordPath(taskId, objectId) + "#" + anchor;
    }

    /** Only inspectors record visits here; the service checks they are assigned to this record. */
    private static String inspectorId(Staff staff) {
        if (!staff.isInspector() || staff.inspectorId() == null) {
            throw new Refused("只有本次检查的执法检查人员可以录入检查记录。");
        }
        return staff.inspectorId();
    }

    private static Map<String, Object> body(String inspectorId, Map<String, String> typed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inspectorId", inspectorId);
        typed.forEach((field, value) -> body.put(field, value == null || value.isBlank() ? null : value.strip()));
        return body;
    }

    private static Map<String, String> typed(String... pairs) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            typed.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return typed;
    }

    private static Map<String, String> dateErrors(Map<String, String> typed, String... fields) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : fields) {
            String value = typed.get(field);
            if (value != null && !value.isBlank()) {
                try {
                    LocalDate.parse(value.strip());
                } catch (DateTimeParseException e) {
                    errors.put(field, "日期格式应为 年-月-日，例如 2026-12-31");
                }
            }
        }
        return errors;
    }

    private static Function<String, String> only(Set<String> fields) {
        return field -> fields.contains(field) ? field : null;
    }
}
