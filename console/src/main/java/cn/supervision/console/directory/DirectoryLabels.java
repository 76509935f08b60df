package cn.supervision.console.directory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The Chinese names of the directory's codes ({@code ${@directoryLabels.objectType(o.type)}} in templates) and the
 * choices of the filter forms, in the order a clerk expects them. Only names: the codes and their rules are the
 * registry's.
 */
@Component("directoryLabels")
public class DirectoryLabels {

    public static final Map<String, String> OBJECT_TYPES = ordered("ENTERPRISE", "企业", "INDIVIDUAL_BUSINESS", "个体工商户",
            "CONSTRUCTION_PROJECT", "建设工程项目");
    public static final Map<String, String> OBJECT_STATUSES = ordered("OPERATING", "在营", "CLOSED", "停业", "LIQUIDATING", "清算中",
            "DEREGISTERED", "注销", "MOVED_AWAY", "迁出");
    public static final Map<String, String> TAGS = ordered("ABNORMAL_OPERATIONS", "经营异常名录", "SERIOUS_VIOLATION", "严重违法失信名单",
            "SPECIAL_INDUSTRY", "特殊行业", "KEY_REGION", "重点区域", "MANY_COMPLAINTS", "投诉举报多");
    public static final Map<String, String> RISK_LEVELS = ordered("A", "A 低风险", "B", "B 一般风险", "C", "C 较高风险", "D", "D 高风险");
    public static final Map<String, String> INSPECTOR_STATUSES = ordered("ACTIVE", "在岗", "ON_LEAVE", "休假", "TRANSFERRED", "调离",
            "RETIRED", "退休");
    public static final Map<String, String> CHECK_ITEM_STATUSES = ordered("ACTIVE", "有效", "RETIRED", "已停用");
    public static final Map<String, String> KINDS = ordered("KEY", "重点", "GENERAL", "一般");
    public static final Map<String, String> METHODS = ordered("ON_SITE", "实地检查", "DOCUMENTS", "书面检查", "ONLINE_MONITORING", "网络监测",
            "TESTING", "检验检测", "OTHER_DEPARTMENT_RESULTS", "行政部门检查结果或专业意见", "PROFESSIONAL_BODY", "委托专业机构辅助");
    /** The fields a record's history names, as the registry spells them. */
    private static final Map<String, String> FIELDS = ordered("key", "代码", "uscc", "统一社会信用代码", "name", "名称", "type", "对象类型",
            "industry", "行业", "region", "行政区划", "address", "地址", "status", "状态", "supervisingDepartments", "监管部门", "riskLevel",
            "信用风险等级", "tags", "标签", "complaintCount", "投诉举报次数", "certificateNumber", "执法证号", "department", "所属部门",
            "qualifications", "检查资格", "absences", "不在岗期间", "conflictsOfInterest", "回避对象", "idNumber", "身份证号", "phone", "电话",
            "code", "事项编码", "legalBasis", "抽查依据", "objectType", "对象类型", "content", "抽查内容", "methods", "抽查方式", "kind",
            "事项类别", "effectiveFrom", "生效日期", "effectiveTo", "失效日期", "initiatingDepartment", "发起部门", "participatingDepartments",
            "配合部门");

    public Map<String, String> objectTypes() {
        return OBJECT_TYPES;
    }

    public Map<String, String> objectStatuses() {
        return OBJECT_STATUSES;
    }

    public Map<String, String> tags() {
        return TAGS;
    }

    public Map<String, String> riskLevels() {
        return RISK_LEVELS;
    }

    public Map<String, String> inspectorStatuses() {
        return INSPECTOR_STATUSES;
    }

    public Map<String, String> checkItemStatuses() {
        return CHECK_ITEM_STATUSES;
    }

    public Map<String, String> kinds() {
        return KINDS;
    }

    public String objectType(Object code) {
        return name(OBJECT_TYPES, code);
    }

    public String objectStatus(Object code) {
        return name(OBJECT_STATUSES, code);
    }

    public String tag(Object code) {
        return name(TAGS, code);
    }

    public String riskLevel(Object code) {
        return name(RISK_LEVELS, code);
    }

    public String inspectorStatus(Object code) {
        return name(INSPECTOR_STATUSES, code);
    }

    public String checkItemStatus(Object code) {
        return name(CHECK_ITEM_STATUSES, code);
    }

    public String kind(Object code) {
        return name(KINDS, code);
    }

    public String method(Object code) {
        return name(METHODS, code);
    }

    /** 建设工程项目 for CONSTRUCTION_PROJECT, 休假 for ON_LEAVE…: whichever directory code it is (qualifications mix types and item codes). */
    public String code(Object code) {
        for (Map<String, String> names : java.util.List.of(OBJECT_TYPES, OBJECT_STATUSES, TAGS, INSPECTOR_STATUSES, KINDS, METHODS)) {
            if (code != null && names.containsKey(code.toString())) {
                return names.get(code.toString());
            }
        }
        return code == null ? "" : code.toString();
    }

    /** 名称 for {@code name}: the history's field names as a clerk reads them (the code itself when unknown). */
    public String field(Object field) {
        return name(FIELDS, field);
    }

    /** A history value: lists joined with 、, nothing shown as —. */
    public String value(Object value) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            return "—";
        }
        if (value instanceof Iterable<?> values) {
            StringBuilder out = new StringBuilder();
            values.forEach(v -> out.append(out.isEmpty() ? "" : "、").append(v));
            return out.isEmpty() ? "—" : out.toString();
        }
        return value.toString();
    }

    /** An instant as the services send it (ISO, UTC) in Beijing time, as clerks read clocks: 2026-11-26 13:30:05. */
    public String time(Object instant) {
        if (instant == null) {
            return "—";
        }
        try {
            return TIME.format(java.time.Instant.parse(instant.toString()).atZone(BEIJING));
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return instant.toString();
        }
    }

    private static final java.time.ZoneId BEIJING = java.time.ZoneId.of("Asia/Shanghai");
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static Map<String, String> ordered(String... pairs) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(names);
    }

    private static String name(Map<String, String> names, Object code) {
        return code == null ? "" : names.getOrDefault(code.toString(), code.toString());
    }
}
