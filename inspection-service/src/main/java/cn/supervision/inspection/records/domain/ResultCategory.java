package cn.supervision.inspection.records.domain;

import java.util.Arrays;
import java.util.List;

/**
 * 检查结果: the result category of one check item, by its code on the provincial platforms (see domain.md). Whether a
 * violation (legal provision, severity, measure) must, may or must not accompany it is decided here.
 */
public enum ResultCategory {

    NO_PROBLEM("1", "未发现问题", Violation.FORBIDDEN),
    CORRECTED_ON_ORDER("E", "发现问题经责令已改正", Violation.OPTIONAL),
    FOLLOW_UP_PENDING("A", "发现问题待后续处理", Violation.REQUIRED),
    INFORMATION_NOT_PUBLISHED("B", "未按规定公示应当公示的信息", Violation.REQUIRED),
    FALSE_INFORMATION("C", "公示信息隐瞒真实情况弄虚作假", Violation.REQUIRED),
    UNREACHABLE("6", "通过登记的住所（经营场所）无法联系", Violation.OPTIONAL),
    OTHER_VIOLATION("D", "发现其他违法违规行为", Violation.REQUIRED),
    NO_RELEVANT_ACTIVITY("F", "未发现开展本次抽查涉及的经营活动", Violation.FORBIDDEN),
    CLOSED_OR_LIQUIDATING("7", "已关闭停业或正在组织清算", Violation.FORBIDDEN),
    REFUSED_TO_COOPERATE("8", "不配合检查情节严重", Violation.OPTIONAL),
    DEREGISTERED("9", "注销", Violation.FORBIDDEN),
    LICENCE_REVOKED("10", "被吊销", Violation.FORBIDDEN),
    REGISTRATION_CANCELLED("11", "被撤销", Violation.FORBIDDEN),
    MOVED_AWAY("12", "迁出", Violation.FORBIDDEN);

    /** Whether a result of this category comes with a violation record. */
    public enum Violation { REQUIRED, OPTIONAL, FORBIDDEN }

    public static final List<String> CODES = Arrays.stream(values()).map(ResultCategory::code).toList();

    private final String code;
    private final String chineseName;
    private final Violation violation;

    ResultCategory(String code, String chineseName, Violation violation) {
        this.code = code;
        this.chineseName = chineseName;
        this.violation = violation;
    }

    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    public Violation violation() {
        return violation;
    }

    /** The category with this code, or null when there is none. */
    public static ResultCategory ofCode(String code) {
        for (ResultCategory c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return null;
    }
}
