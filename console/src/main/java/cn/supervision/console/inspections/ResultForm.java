package cn.supervision.console.inspections;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One check item's result as the inspector types it on the record page (检查结果、检查方式、检查情况、违法情况): the form's
 * fields, bound from the post and sent to inspection-service as one item of {@code PUT …/results}. The service decides
 * which categories need a violation and what a violation needs; the form only sends what was typed.
 */
public record ResultForm(String checkItem, String category, List<String> methods, String findings, String legalProvision, String severity,
        String measure, String rectificationDeadline, String referredTo) {

    public ResultForm {
        methods = methods == null ? List.of() : List.copyOf(methods);
    }

    /** The stored result of an item ({@code items[]} of the record), or an empty form with on-site checked (most visits are). */
    static ResultForm of(String checkItem, Map<String, Object> stored) {
        if (stored == null || stored.get("category") == null) {
            return new ResultForm(checkItem, null, List.of("ON_SITE"), null, null, null, null, null, null);
        }
        Map<?, ?> v = stored.get("violation") instanceof Map<?, ?> m ? m : Map.of();
        List<String> methods = stored.get("methods") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        return new ResultForm(checkItem, text(stored.get("category")), methods, text(stored.get("findings")), text(v.get("legalProvision")),
                text(v.get("severity")), text(v.get("measure")), text(v.get("rectificationDeadline")), text(v.get("referredTo")));
    }

    public boolean checked(String method) {
        return methods.contains(method);
    }

    /** Any violation field typed: then the violation is sent (the service says whether this category allows or needs one). */
    public boolean hasViolation() {
        return !blank(legalProvision) || !blank(severity) || !blank(measure) || !blank(rectificationDeadline) || !blank(referredTo);
    }

    /** Completeness and format only, in Chinese: what the service would misread rather than refuse. */
    Map<String, String> formatErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(category)) {
            errors.put("category", "请选择检查结果");
        }
        if (!blank(rectificationDeadline)) {
            try {
                LocalDate.parse(rectificationDeadline.strip());
            } catch (DateTimeParseException e) {
                errors.put("rectificationDeadline", "日期格式应为 年-月-日，例如 2026-12-31");
            }
        }
        return errors;
    }

    /** The item as {@code EnterResultsRequest.ItemRequest}. */
    Map<String, Object> toItem() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("checkItem", checkItem);
        item.put("category", strip(category));
        item.put("methods", methods);
        item.put("findings", strip(findings));
        if (hasViolation()) {
            Map<String, Object> violation = new LinkedHashMap<>();
            violation.put("legalProvision", strip(legalProvision));
            violation.put("severity", strip(severity));
            violation.put("measure", strip(measure));
            violation.put("rectificationDeadline", strip(rectificationDeadline));
            violation.put("referredTo", strip(referredTo));
            item.put("violation", violation);
        }
        return item;
    }

    /** The form field a service error names ({@code items[0].violation.legalProvision} → {@code legalProvision}); null: not one of this form's. */
    static String formField(String serviceField) {
        if (!serviceField.startsWith("items[")) {
            return null;
        }
        int dot = serviceField.indexOf("].");
        if (dot < 0) {
            return null;
        }
        String field = serviceField.substring(dot + 2);
        if (field.startsWith("violation.")) {
            field = field.substring("violation.".length());
        }
        if (field.startsWith("methods")) {
            return "methods";
        }
        return switch (field) {
            case "category", "findings", "violation", "legalProvision", "severity", "measure", "rectificationDeadline", "referredTo" -> field;
            default -> null;
        };
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
