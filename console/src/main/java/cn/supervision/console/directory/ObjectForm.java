package cn.supervision.console.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a clerk typed on the register / change form of an object, kept as typed (text) so that a refused form comes
 * back exactly as it was sent. Tags here are only the ones staff set (特殊行业, 重点区域): the list tags are credit's.
 */
public record ObjectForm(String uscc, String code, String name, String type, String industry, String region, String address, String status,
        List<String> supervisingDepartments, List<String> tags, String complaintCount, String reason) {

    static final List<String> STAFF_TAGS = List.of("SPECIAL_INDUSTRY", "KEY_REGION");

    public ObjectForm {
        supervisingDepartments = supervisingDepartments == null ? List.of() : List.copyOf(supervisingDepartments);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A blank registration form for a clerk of {@code department}: their department supervises what they register. */
    static ObjectForm empty(String department) {
        return new ObjectForm("", "", "", "ENTERPRISE", "", "", "", "", department == null ? List.of() : List.of(department), List.of(), "", "");
    }

    /** The change form filled with what the directory holds. */
    @SuppressWarnings("unchecked")
    static ObjectForm of(Map<String, Object> object) {
        List<String> tags = new ArrayList<>();
        for (Object tag : (List<Object>) object.getOrDefault("tags", List.of())) {
            if (STAFF_TAGS.contains(String.valueOf(tag))) {
                tags.add(String.valueOf(tag));
            }
        }
        return new ObjectForm(text(object.get("uscc")), text(object.get("key")), text(object.get("name")), text(object.get("type")),
                text(object.get("industry")), text(object.get("region")), text(object.get("address")), text(object.get("status")),
                ((List<Object>) object.getOrDefault("supervisingDepartments", List.of())).stream().map(String::valueOf).toList(), tags,
                text(object.get("complaintCount")), "");
    }

    /** Completeness and format only (the registry decides everything else), in Chinese beside the field. */
    Map<String, String> check(boolean registering) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (registering) {
            if (blank(name)) {
                errors.put("name", "请填写名称");
            }
            if (blank(type)) {
                errors.put("type", "请选择对象类型");
            }
            if (blank(region)) {
                errors.put("region", "请填写行政区划代码");
            }
            if (blank(uscc) && blank(code)) {
                errors.put("uscc", "请填写统一社会信用代码；没有统一社会信用代码的对象请填写自编代码");
            }
        } else if (blank(reason)) {
            errors.put("reason", "请填写变更原因（记入版本历史）");
        }
        if (supervisingDepartments.isEmpty()) {
            errors.put("supervisingDepartments", "请至少选择一个监管部门");
        }
        if (!blank(complaintCount) && !complaintCount.strip().matches("\\d{1,6}")) {
            errors.put("complaintCount", "请填写整数，如 0、3");
        }
        return errors;
    }

    /** The registry's request: what was typed, blank fields left out (on a change: left as they are). */
    Map<String, Object> body(boolean registering) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (registering) {
            put(body, "uscc", uscc);
            put(body, "code", code);
            put(body, "type", type);
        } else {
            put(body, "status", status);
        }
        put(body, "name", name);
        put(body, "industry", industry);
        put(body, "region", region);
        put(body, "address", address);
        body.put("supervisingDepartments", supervisingDepartments);
        body.put("tags", tags);
        if (!blank(complaintCount)) {
            body.put("complaintCount", Integer.valueOf(complaintCount.strip()));
        }
        put(body, "reason", reason);
        return body;
    }

    private static void put(Map<String, Object> body, String field, String value) {
        if (!blank(value)) {
            body.put(field, value.strip());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
