package cn.supervision.console.credit;

import java.util.Map;

import org.springframework.stereotype.Component;

/** The Chinese names of credit's codes ({@code ${@creditLabels.list(p.list)}}): lists, entry kinds, follow-up states, flags. */
@Component("creditLabels")
public class CreditLabels {

    private static final Map<String, String> LISTS = Map.of("ABNORMAL_OPERATIONS", "经营异常名录", "SERIOUS_VIOLATION", "严重违法失信名单");
    private static final Map<String, String> ENTRY_KINDS = Map.of("INSPECTION_RESULT", "检查结果", "VIOLATION", "违法违规行为", "REFUSAL",
            "拒绝、阻碍检查", "CRIMINAL_REFERRAL", "移送公安司法机关", "FOLLOW_UP_UNRESOLVED", "整改复查仍未改正");
    private static final Map<String, String> FOLLOW_UP_STATES = Map.of("WAITING", "整改期内", "REQUESTED", "已申请复查", "CLOSED", "已完结",
            "ESCALATED", "已升级（复查仍未改正）", "OPEN", "未完结（整改期内及待复查）");
    private static final Map<String, String> SEVERITIES = Map.of("MINOR", "轻微", "GENERAL", "一般", "SERIOUS", "严重");
    private static final Map<String, String> MEASURES = Map.of("NONE", "无需后续处置", "BACK_TO_ROUTINE_SUPERVISION", "反馈日常监管部门",
            "RECTIFICATION_ORDER", "责令改正", "CASE_REFERRAL", "发现案件线索移送办案机构", "NOTIFY_DEPARTMENT", "抄告相关部门",
            "CRIMINAL_REFERRAL", "移送公安司法机关");
    private static final Map<String, String> FLAGS = Map.of("UNKNOWN_OBJECT", "名录库中无此对象", "DEREGISTERED_OBJECT", "已注销或迁出",
            "UNKNOWN_FOLLOW_UP", "结果对应的复查请求不存在");
    private static final Map<String, String> OUTCOMES = Map.of("CLEAN", "已改正", "UNRESOLVED", "仍未改正");
    private static final Map<String, String> REPAIRS = Map.of("PENDING", "待审核", "APPROVED", "已批准", "REJECTED", "已驳回");

    public Map<String, String> followUpStates() {
        Map<String, String> ordered = new java.util.LinkedHashMap<>();
        for (String s : new String[] {"OPEN", "WAITING", "REQUESTED", "CLOSED", "ESCALATED"}) {
            ordered.put(s, FOLLOW_UP_STATES.get(s));
        }
        return ordered;
    }

    public String list(Object code) {
        return name(LISTS, code);
    }

    public String entryKind(Object code) {
        return name(ENTRY_KINDS, code);
    }

    public String followUpState(Object code) {
        return name(FOLLOW_UP_STATES, code);
    }

    public String severity(Object code) {
        return name(SEVERITIES, code);
    }

    public String measure(Object code) {
        return name(MEASURES, code);
    }

    public String flag(Object code) {
        return name(FLAGS, code);
    }

    public String outcome(Object code) {
        return code == null ? "待复查结果" : name(OUTCOMES, code);
    }

    public String repair(Object code) {
        return name(REPAIRS, code);
    }

    private static String name(Map<String, String> names, Object code) {
        return code == null ? "" : names.getOrDefault(code.toString(), code.toString());
    }
}
