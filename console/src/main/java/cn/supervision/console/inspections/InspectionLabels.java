package cn.supervision.console.inspections;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The Chinese names of inspection-service's codes on the record page ({@code ${@inspectionLabels.method(m)}}):
 * methods, severities, follow-up measures, side-path outcomes and the actions of the full-process log. Ordered maps:
 * the forms offer the choices in this order.
 */
@Component("inspectionLabels")
public class InspectionLabels {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);

    public static final Map<String, String> METHODS = ordered("ON_SITE", "实地检查", "DOCUMENTS", "书面检查", "ONLINE_MONITORING", "网络监测",
            "TESTING", "检验检测", "OTHER_DEPARTMENT_RESULTS", "行政部门检查结果或专业意见", "PROFESSIONAL_BODY", "委托专业机构辅助");
    public static final Map<String, String> SEVERITIES = ordered("MINOR", "轻微", "GENERAL", "一般", "SERIOUS", "严重");
    public static final Map<String, String> MEASURES = ordered("NONE", "无需后续处置", "BACK_TO_ROUTINE_SUPERVISION", "反馈日常监管部门",
            "RECTIFICATION_ORDER", "责令改正", "CASE_REFERRAL", "发现案件线索移送办案机构", "NOTIFY_DEPARTMENT", "抄告相关部门",
            "CRIMINAL_REFERRAL", "移送公安司法机关");
    public static final Map<String, String> OUTCOMES = ordered("REFUSED", "拒绝、阻碍检查（不配合检查）", "NOT_REACHABLE", "通过登记的住所无法联系",
            "CLOSED_OR_LIQUIDATING", "已关闭停业或正在组织清算", "DEREGISTERED", "已注销", "NO_RELEVANT_ACTIVITY", "未发现开展本次抽查涉及的经营活动");
    private static final Map<String, String> LOG_ACTIONS = ordered("OPENED", "开启检查记录（抽取结果）", "NOTIFIED", "检查通知", "VISIT_STARTED", "进场检查",
            "RESULT_ENTERED", "录入检查结果", "RESULT_CORRECTED", "更正检查结果", "OUTCOME_DECLARED", "登记特殊情形", "OUTCOME_WITHDRAWN", "撤回特殊情形",
            "EVIDENCE_ADDED", "上传证据材料", "SUBMITTED", "提交审核", "RETURNED", "审核退回", "APPROVED", "审核通过");
    private static final Map<String, String> DECISIONS = ordered("APPROVE", "通过", "RETURN", "退回");

    /** 检查结果 in the order of the form (the codes of domain.md). */
    public Map<String, String> categories() {
        return cn.supervision.console.web.Labels.RESULT_CATEGORIES;
    }

    public Map<String, String> methods() {
        return METHODS;
    }

    public Map<String, String> severities() {
        return SEVERITIES;
    }

    public Map<String, String> measures() {
        return MEASURES;
    }

    public Map<String, String> outcomes() {
        return OUTCOMES;
    }

    public String method(Object code) {
        return name(METHODS, code);
    }

    public String severity(Object code) {
        return name(SEVERITIES, code);
    }

    public String measure(Object code) {
        return name(MEASURES, code);
    }

    public String outcome(Object code) {
        return name(OUTCOMES, code);
    }

    public String logAction(Object code) {
        return name(LOG_ACTIONS, code);
    }

    public String decision(Object code) {
        return name(DECISIONS, code);
    }

    /** An instant as the services send it ({@code 2026-03-05T02:10:00Z}) in Beijing time, as people read it. */
    public String time(Object instant) {
        if (instant == null) {
            return "";
        }
        try {
            return TIME.format(Instant.parse(instant.toString()));
        } catch (DateTimeParseException notAnInstant) {
            return instant.toString();
        }
    }

    private static String name(Map<String, String> names, Object code) {
        return code == null ? "" : names.getOrDefault(code.toString(), code.toString());
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
