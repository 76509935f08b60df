package cn.supervision.console.inspections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.supervision.console.api.ConsoleProperties;
import cn.supervision.console.api.PlatformApi;
import cn.supervision.console.api.Service;
import cn.supervision.console.api.ServiceProblem;
import cn.supervision.console.signin.Staff;
import cn.supervision.console.web.Refused;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import static cn.supervision.console.api.PlatformApi.path;

/**
 * 检查记录页: everything the record page shows, read from inspection-service as the signed-in person (the record, its
 * full-process log and its verification, each evidence file's integrity check) and what this person may do on it.
 * The services let every staff member read every record; the console shows a record only to the departments that
 * take part in it (and to the platform administrator and the auditor), as it does with tasks.
 */
@Component
public class RecordPage {

    static final String VIEW = "console/inspection";
    /** States in which results may still be entered (before submission, or after the reviewer returned them). */
    private static final Set<String> OPEN = Set.of("ASSIGNED", "NOTIFIED", "IN_PROGRESS", "RETURNED");

    /** One check item on the page: its stored result, and the form when this person enters it. */
    public record ItemRow(String department, String checkItem, String name, String legalBasis, Map<String, Object> stored, ResultForm form,
            boolean editable, Map<String, String> errors, String general) {
    }

    /** An evidence file with the answer of its integrity check (null when the check could not be made). */
    public record EvidenceRow(Map<String, Object> evidence, Map<String, Object> verification) {
    }

    private final PlatformApi api;
    private final ConsoleProperties console;

    RecordPage(PlatformApi api, ConsoleProperties console) {
        this.api = api;
        this.console = console;
    }

    static String recordPath(String taskId, String objectId) {
        return path("/inspections/{taskId}/{objectId}", taskId, objectId);
    }

    /** The record, or the refusal page when the person's department takes no part in it. */
    Map<String, Object> load(Staff staff, String taskId, String objectId) {
        Map<String, Object> record = api.get(Service.INSPECTION, recordPath(taskId, objectId));
        Set<String> departments = departmentsOf(record);
        if (!staff.actsFor(departments)) {
            throw new Refused("检查记录 " + record.get("inspectionId") + " 属于" + String.join("、", departments.stream().map(console::departmentName).toList())
                    + "，" + staff.departmentName() + "不参与这项检查，不能查看或办理。");
        }
        return record;
    }

    /** The assigned inspector this person is on the record, or null. */
    static Map<String, Object> me(Staff staff, Map<String, Object> record) {
        if (!staff.isInspector() || staff.inspectorId() == null) {
            return null;
        }
        return maps(record.get("inspectors")).stream().filter(i -> staff.inspectorId().equals(i.get("inspectorId"))).findFirst().orElse(null);
    }

    String show(Staff staff, String taskId, String objectId, Model model, FormErrors failed) {
        Map<String, Object> record = load(staff, taskId, objectId);
        String status = String.valueOf(record.get("status"));
        Map<String, Object> me = me(staff, record);
        boolean canRecord = me != null && OPEN.contains(status);
        boolean canReview = me == null && (staff.isReviewer() || staff.isAdmin()) && "SUBMITTED".equals(status);

        Map<String, List<ItemRow>> byDepartment = new LinkedHashMap<>();
        for (Map<String, Object> item : maps(record.get("items"))) {
            String code = String.valueOf(item.get("checkItem"));
            String department = String.valueOf(item.get("department"));
            Map<String, Object> definition = checkItem(code);
            boolean editable = canRecord && department.equals(me.get("department"));
            boolean refused = failed != null && failed.about("result:" + code);
            byDepartment.computeIfAbsent(department, d -> new ArrayList<>()).add(new ItemRow(department, code,
                    definition == null ? null : (String) definition.get("name"), definition == null ? null : (String) definition.get("legalBasis"),
                    item, refused ? failed.result() : ResultForm.of(code, item), editable, refused ? failed.fields() : Map.of(),
                    refused ? failed.general() : null));
        }
        String base = recordPath(taskId, objectId);
        List<EvidenceRow> evidence = maps(record.get("evidence")).stream()
                .map(e -> new EvidenceRow(e, quietly(() -> api.get(Service.INSPECTION, base + path("/evidence/{id}/verify", e.get("evidenceId"))))))
                .toList();
        List<Map<String, Object>> reviews = maps(record.get("reviews"));
        Map<String, Object> lastReview = reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);

        model.addAttribute("record", record);
        model.addAttribute("recordPath", base);
        model.addAttribute("me", me);
        model.addAttribute("canRecord", canRecord);
        model.addAttribute("canReview", canReview);
        // evidence may still be added while the record awaits review; after completion it is final
        model.addAttribute("canAddEvidence", me != null && !"COMPLETED".equals(status));
        model.addAttribute("itemsByDepartment", byDepartment);
        model.addAttribute("evidence", evidence);
        model.addAttribute("returned", "RETURNED".equals(status) && lastReview != null ? lastReview : null);
        model.addAttribute("log", api.list(Service.INSPECTION, base + "/log"));
        model.addAttribute("logVerdict", api.get(Service.INSPECTION, base + "/log/verify"));
        model.addAttribute("today", LocalDate.now(InspectionLabels.BEIJING));
        model.addAttribute("failed", failed);
        return VIEW;
    }

    /** The check item's name and legal basis from the public list (抽查事项清单); null when the registry does not know it. */
    private Map<String, Object> checkItem(String code) {
        return quietly(() -> api.get(Service.REGISTRY, path("/public/check-items/{code}", code)));
    }

    private static Map<String, Object> quietly(java.util.function.Supplier<Map<String, Object>> call) {
        try {
            return call.get();
        } catch (ServiceProblem notThere) {
            return null;
        }
    }

    static Set<String> departmentsOf(Map<String, Object> record) {
        Set<String> departments = new LinkedHashSet<>();
        if (record.get("initiatingDepartment") != null) {
            departments.add(record.get("initiatingDepartment").toString());
        }
        maps(record.get("items")).forEach(i -> departments.add(String.valueOf(i.get("department"))));
        maps(record.get("inspectors")).forEach(i -> departments.add(String.valueOf(i.get("department"))));
        return departments;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object list) {
        return list instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
