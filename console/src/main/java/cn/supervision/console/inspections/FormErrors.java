package cn.supervision.console.inspections;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import cn.supervision.console.api.ServiceProblem;

/**
 * A refused form, ready to show again: the messages beside the fields (the service's field names mapped to the form's,
 * prefixed in Chinese) and the general message above the form. Nothing typed is lost: the page is rendered again
 * with the typed values, never redirected.
 *
 * @param form which form of the record page was sent ({@code result:<item>}, {@code review}, {@code evidence}, …)
 * @param typed the values the person typed (forms other than a result)
 * @param result the result form as typed (a result form only)
 */
public record FormErrors(String form, Map<String, String> typed, ResultForm result, Map<String, String> fields, String general) {

    static final String PREFIX = "该项有误：";

    /** The console's own completeness checks failed; nothing was sent. */
    static FormErrors incomplete(String form, Map<String, String> typed, ResultForm result, Map<String, String> fields) {
        return new FormErrors(form, typed, result, fields, "请补全标出的项目后再提交。");
    }

    /** The service refused: its field errors beside the fields this form has, the rest with its detail above the form. */
    static FormErrors refused(String form, Map<String, String> typed, ResultForm result, ServiceProblem problem, Function<String, String> formField) {
        Map<String, String> fields = new LinkedHashMap<>();
        StringBuilder general = new StringBuilder("未能保存：").append(problem.detail());
        problem.fields().forEach((serviceField, message) -> {
            String field = formField.apply(serviceField);
            if (field == null) {
                if (problem.detail() == null || !problem.detail().contains(message)) {
                    general.append("（").append(serviceField).append("：").append(message).append("）");
                }
            } else {
                fields.merge(field, PREFIX + message, (a, b) -> a + "；" + b);
            }
        });
        return new FormErrors(form, typed, result, fields, general.toString());
    }

    public boolean about(String name) {
        return form.equals(name);
    }

    /** What was typed in a field of this form, for {@code th:value}. */
    public String value(String field) {
        return typed == null ? null : typed.get(field);
    }
}
