package cn.supervision.console.web;

import java.util.Map;

import org.springframework.stereotype.Component;

/** The Chinese names clerks use for the services' codes ({@code ${@labels.taskState(t.state)}} in templates). */
@Component("labels")
public class Labels {

    private static final Map<String, String> TASK_STATES = Map.of("PUBLISHED", "已发布（待冻结）", "FROZEN", "已冻结（待抽取）", "DRAWN", "已抽取",
            "ASSIGNED", "已分配检查人员");
    private static final Map<String, String> INSPECTION_STATES = Map.of("ASSIGNED", "已分配", "NOTIFIED", "已通知", "IN_PROGRESS", "检查中",
            "SUBMITTED", "待审核", "RETURNED", "已退回", "COMPLETED", "已完成");
    /** The result categories (检查结果) and their order on the inspector's form. */
    public static final Map<String, String> RESULT_CATEGORIES = orderedCategories();


    public String taskState(Object code) {
        return name(TASK_STATES, code);
    }

    public String inspectionState(Object code) {
        return name(INSPECTION_STATES, code);
    }

    public String resultCategory(Object code) {
        return name(RESULT_CATEGORIES, code);
    }

    private static Map<String, String> orderedCategories() {
        Map<String, String> categories = new java.util.LinkedHashMap<>();
        String[] pairs = {"1", "未发现问题", "E", "发现问题经责令已改正", "A", "发现问题待后续处理", "B", "未按规定公示应当公示的信息", "C",
                "公示信息隐瞒真实情况弄虚作假", "6", "通过登记的住所（经营场所）无法联系", "D", "发现其他违法违规行为", "F", "未发现开展本次抽查涉及的经营活动",
                "7", "已关闭停业或正在组织清算", "8", "不配合检查情节严重", "9", "注销", "10", "被吊销", "11", "被撤销", "12", "迁出"};
        for (int i = 0; i < pairs.length; i += 2) {
            categories.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(categories);
    }

    private static String name(Map<String, String> names, Object code) {
        return code == null ? "" : names.getOrDefault(code.toString(), code.toString());
    }
}
