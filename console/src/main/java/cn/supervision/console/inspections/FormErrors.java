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
        StringBuilder general = new StringBuilder("未能保存：").append(inChinese(problem.detail()));
        problem.fields().forEach((serviceField, message) -> {
            String field = formField.apply(serviceField);
            if (field == null) {
                if (problem.detail() == null || !problem.detail().contains(message)) {
                    general.append("（").append(serviceField).append("：").append(message).append("）");
                }
            } else {
                fields.merge(field, PREFIX + inChinese(message), (a, b) -> a + "；" + b);
            }
        });
        return new FormErrors(form, typed, result, fields, general.toString());
    }

    /**
     * The gist of a service message in Chinese, the service's own words kept in brackets (they name the exact limit or
     * value): the services answer in English, the people using the console read Chinese. Unknown messages pass as they are.
     */
    static String inChinese(String message) {
        for (String[] known : GISTS) {
            if (message.startsWith(known[0]) || known[0].startsWith("~") && message.contains(known[0].substring(1))) {
                return known[1] + "（" + message + "）";
            }
        }
        return message;
    }

    /** Message beginnings (or, with {@code ~}, parts) of inspection-service's field errors, most specific first. */
    private static final String[][] GISTS = {
            {"is required for category", "该检查结果必须填写违法违规情况（违反的法律条款、情节、后续处置）"},
            {"is not allowed for category", "该检查结果不填写违法违规情况"},
            {"is required with a rectification order", "责令改正时必须填写整改期限"},
            {"is required when results are returned", "退回时必须填写退回原因"},
            {"is required", "此项必须填写"},
            {"must not be in the past", "日期不能早于今天"},
            {"must not be in the future", "日期不能晚于今天"},
            {"must not be before the notice date", "不能早于通知日期"},
            {"at least one method is required", "请至少选择一种检查方式"},
            {"unknown", "所选的值无效"},
            {"at most", "内容过长"},
            {"is empty", "文件是空的"},
            {"the content is none of the accepted kinds", "只能上传照片（JPEG、PNG、HEIC）、PDF 或视频（MP4、MOV）"},
            {"the file is larger than the limit", "文件过大"},
            {"~but the content is", "文件的实际类型与文件名或声明的类型不符"},
            {"no result yet for check item", "还有检查事项没有录入结果（联合检查由各部门检查人员分别录入）"},
            {"~is not assigned to inspection", "您不是本次检查的检查人员"},
            {"~results can be changed only after the reviewer returns it", "记录已提交审核，审核退回后才能修改"},
            {"~results are final", "记录已完成，结果不能再修改"},
            {"~is one of the inspectors of", "检查人员不能审核自己参与的检查"},
            {"~only submitted results can be reviewed", "只有待审核的记录可以审核"},
            {"~possible only before it is submitted", "记录已提交审核，审核退回后才能办理"},
            {"~the business is notified before the visit", "检查通知须在进场检查之前登记"},
    };

    public boolean about(String name) {
        return form.equals(name);
    }

    /** What was typed in a field of this form, for {@code th:value}. */
    public String value(String field) {
        return typed == null ? null : typed.get(field);
    }
}
