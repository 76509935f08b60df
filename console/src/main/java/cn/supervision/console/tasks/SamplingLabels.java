package cn.supervision.console.tasks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The Chinese names of sampling's codes on the plan, task and draw pages ({@code ${@samplingLabels.objectType(t)}}):
 * object types, stratum condition attributes, the published exclusion reason codes and why an inspector was left out
 * of the roster. A code the console does not know is shown as it is.
 */
@Component("samplingLabels")
public class SamplingLabels {

    public static final Map<String, String> OBJECT_TYPES = ordered("ENTERPRISE", "企业", "INDIVIDUAL_BUSINESS", "个体工商户",
            "CONSTRUCTION_PROJECT", "建设项目");
    /** Stratum conditions (分层条件); blank = every object not matched by an earlier stratum. */
    public static final Map<String, String> ATTRIBUTES = ordered("riskLevel", "信用风险等级", "objectType", "对象类型", "region", "行政区划",
            "industry", "行业", "tag", "标签");
    private static final Map<String, String> EXCLUSIONS = ordered("NOT_OF_TASK_TYPE", "不属于本任务的对象类型", "NOT_OPERATING",
            "非正常经营（关闭、清算、注销、迁出）", "NOT_IN_TARGET", "不在定向范围内", "INSPECTED_ENOUGH_THIS_YEAR", "本年度随机抽查次数已满",
            "OPEN_IN_ANOTHER_TASK", "已在其他任务中待检查", "NO_MATCHING_STRATUM", "不属于任何分层", "UNENCODABLE_ID", "编号无法编码");
    private static final Map<String, String> ROSTER_LEFT_OUT = ordered("NOT_OF_A_TEAM_DEPARTMENT", "不属于参加部门", "NOT_ACTIVE_ON_DRAW_DATE",
            "抽取日不在岗", "NOT_QUALIFIED", "不具备检查资格", "EXCLUDED_BY_STAFF", "人工排除", "UNENCODABLE_ID", "编号无法编码");
    private static final Map<String, String> RECUSALS = ordered("CONFLICT_OF_INTEREST", "有利害关系", "ROTATION", "轮换（上次检查过该对象）",
            "STAFF_EXCLUSION", "人工指定回避");
    private static final Map<String, String> TASK_TYPES = ordered("RANDOM", "随机抽查", "FOLLOW_UP", "后续监管（定向）");

    public String objectType(Object code) {
        return name(OBJECT_TYPES, code);
    }

    public String attribute(Object code) {
        return name(ATTRIBUTES, code);
    }

    public String exclusion(Object code) {
        return name(EXCLUSIONS, code);
    }

    public String rosterLeftOut(Object code) {
        return name(ROSTER_LEFT_OUT, code);
    }

    public String recusal(Object code) {
        return name(RECUSALS, code);
    }

    /** An instant as the services send it (UTC), in Beijing time as the room reads the clock: 2026-11-26 14:03:23. */
    public String time(Object instant) {
        if (instant == null) {
            return "";
        }
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.of("Asia/Shanghai"))
                    .format(java.time.Instant.parse(instant.toString()));
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return instant.toString();
        }
    }

    public String taskType(Object code) {
        return name(TASK_TYPES, code);
    }

    /** Basis points as a percentage a clerk reads: 1000 → 10%, 250 → 2.5%. */
    public String percent(Object basisPoints) {
        if (!(basisPoints instanceof Number bp)) {
            return "";
        }
        return new java.math.BigDecimal(bp.longValue()).movePointLeft(2).stripTrailingZeros().toPlainString() + "%";
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
