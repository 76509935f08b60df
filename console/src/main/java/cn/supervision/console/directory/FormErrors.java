package cn.supervision.console.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.supervision.console.api.ServiceProblem;

/**
 * A refusal shown on the form that caused it: each field the service named gets its message beside it, in Chinese
 * words around the service's own message (which stays as the service wrote it, so nothing is lost in translation).
 */
final class FormErrors {

    private FormErrors() {
    }

    /** Field (as the form names it) → message; the service's names are the forms' names here. */
    static Map<String, String> of(ServiceProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.fields().forEach((field, message) -> errors.put(field, "该项有误：" + message));
        return errors;
    }

    /** The line above the form: what the service said as a whole. */
    static String summary(ServiceProblem problem) {
        return problem.service() == null ? problem.detail() : "未能完成：" + problem.detail();
    }
}
