package cn.supervision.inspection.records.domain;

/**
 * A visit that could not inspect as planned. Each ends the whole record with one result category for every item
 * (codes as in domain.md), still subject to review.
 */
public enum VisitOutcome {
    /** 拒绝、阻碍检查 (不配合检查情节严重): category 8, published and fed to credit. */
    REFUSED(ResultCategory.REFUSED_TO_COOPERATE),
    /** 通过登记的住所（经营场所）无法联系: category 6. */
    NOT_REACHABLE(ResultCategory.UNREACHABLE),
    /** 已关闭停业或正在组织清算: category 7. */
    CLOSED_OR_LIQUIDATING(ResultCategory.CLOSED_OR_LIQUIDATING),
    /** 注销: category 9. */
    DEREGISTERED(ResultCategory.DEREGISTERED),
    /** 未发现开展本次抽查涉及的经营活动: category F. */
    NO_RELEVANT_ACTIVITY(ResultCategory.NO_RELEVANT_ACTIVITY);

    private final ResultCategory category;

    VisitOutcome(ResultCategory category) {
        this.category = category;
    }

    public ResultCategory category() {
        return category;
    }
}
