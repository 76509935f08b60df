package cn.supervision.disclosure.tasks.domain;

/**
 * 抽取名单公示规则: who was drawn is public after the draw unless the task's rule says otherwise
 * ({@code publishDrawnList} false, e.g. to keep the inspection window unannounced). A task we have not heard of yet
 * follows the default. Follow-up (定向) assignments are never presented as random.
 */
public final class DrawnListRule {

    private DrawnListRule() {
    }

    public static boolean publishes(Boolean publishDrawnList) {
        return publishDrawnList == null || publishDrawnList;
    }

    /** 随机抽取 or 定向检查（非随机）: a drawn object without a DRAW-1 rank, or of a FOLLOW_UP task, was not drawn at random. */
    public static boolean random(String taskType, String rank) {
        return !"FOLLOW_UP".equals(taskType) && rank != null && !rank.isBlank();
    }
}
