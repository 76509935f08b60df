package cn.supervision.disclosure.ledger.domain;

/** What a public record is. Results and refusals fall under the 20-working-day rule; the others are published as they come. */
public enum RecordKind {
    /** 抽查结果 */
    RESULT(true),
    /** 拒绝检查 (published as a result of its own) */
    REFUSAL(true),
    /** 抽查任务公告 */
    TASK(false),
    /** 摇号承诺 (DRAW-1 commitment before the draw) */
    DRAW_COMMITMENT(false),
    /** 抽取名单: one drawn object */
    DRAWN(false),
    /** 抽查事项清单: one check item */
    CHECK_ITEM(false),
    /** 信用名单变更 */
    CREDIT_LIST(false);

    private final boolean result;

    RecordKind(boolean result) {
        this.result = result;
    }

    /** Whether it is an inspection result, counted in the published and on-time shares. */
    public boolean isResult() {
        return result;
    }
}
