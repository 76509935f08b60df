package cn.supervision.console.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.supervision.console.api.ServiceProblem;

/**
 * What is wrong with a form, for the page: a message beside each field (by the form's field name) and the general
 * problems above the form. The console's own checks are completeness and format only; whatever else the service
 * refuses is shown beside the field the service named, translated to the form's field by the form itself.
 */
public class FormErrors {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public void field(String name, String message) {
        fields.merge(name, message, (a, b) -> a + "；" + b);
    }

    public void general(String message) {
        general.add(message);
    }

    /** The service's refusal: its detail above the form, each named field beside the form field it came from. */
    public static FormErrors of(ServiceProblem problem, String serviceName, Function<String, String> formField) {
        FormErrors errors = new FormErrors();
        errors.general(serviceName + "未接受（" + problem.status() + "）：" + problem.detail());
        problem.fields().forEach((serviceField, message) -> {
            String field = formField.apply(serviceField);
            if (field == null) {
                errors.general("该项有误（" + serviceField + "）：" + message);
            } else {
                errors.field(field, "该项有误：" + message);
            }
        });
        return errors;
    }

    public boolean isEmpty() {
        return fields.isEmpty() && general.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The message beside a field, or null. */
    public String of(String field) {
        return fields.get(field);
    }

    public List<String> general() {
        return general;
    }

    public Map<String, String> fields() {
        return fields;
    }
}
