package cn.supervision.disclosure.results.domain;

import java.util.Optional;

/**
 * 检查结果类别: the result categories of a checked item, with the code the national publicity system uses and the
 * wording shown to the public (see {@code docs/domain.md}, "Result categories").
 */
public enum ResultCategory {

    NO_PROBLEM("1", "未发现问题"),
    CORRECTED_ON_ORDER("E", "发现问题经责令已改正"),
    FOLLOW_UP_PENDING("A", "发现问题待后续处理"),
    REQUIRED_INFORMATION_NOT_PUBLISHED("B", "未按规定公示应当公示的信息"),
    PUBLISHED_INFORMATION_FALSE("C", "公示信息隐瞒真实情况弄虚作假"),
    UNREACHABLE_AT_REGISTERED_ADDRESS("6", "通过登记的住所（经营场所）无法联系"),
    /** The domain page names this category only in English ("other violation"); the Chinese wording is inferred. */
    OTHER_VIOLATION("D", "发现其他违法违规行为"),
    NO_SUCH_ACTIVITY("F", "未发现开展本次抽查涉及的经营活动"),
    CLOSED_OR_LIQUIDATING("7", "已关闭停业或正在组织清算"),
    SERIOUS_REFUSAL_TO_COOPERATE("8", "不配合检查情节严重"),
    DEREGISTERED("9", "注销"),
    LICENCE_REVOKED("10", "被吊销"),
    REGISTRATION_CANCELLED("11", "被撤销"),
    MOVED_AWAY("12", "迁出");

    private final String code;
    private final String chineseName;

    ResultCategory(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<ResultCategory> ofCode(String code) {
        for (ResultCategory category : values()) {
            if (category.code.equals(code)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
