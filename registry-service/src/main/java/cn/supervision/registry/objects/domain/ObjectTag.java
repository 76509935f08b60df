package cn.supervision.registry.objects.domain;

import java.util.Set;

/** Tags that raise an object's draw ratio (投诉举报多、列入异常名录、严重违法违规记录、特殊行业、重点区域). */
public enum ObjectTag {
    /** 经营异常名录: set and cleared by credit-service only. */
    ABNORMAL_OPERATIONS,
    /** 严重违法失信名单: set and cleared by credit-service only. */
    SERIOUS_VIOLATION,
    /** 特殊行业: set by staff. */
    SPECIAL_INDUSTRY,
    /** 重点区域: set by staff. */
    KEY_REGION,
    /** 投诉举报多: derived, present while the complaint count reaches the configured threshold. */
    MANY_COMPLAINTS;

    /** The tags a clerk may set by hand; the others come from credit events or from the complaint count. */
    public static final Set<String> STAFF = Set.of(SPECIAL_INDUSTRY.name(), KEY_REGION.name());
    /** The credit lists (the list name of {@code credit.CreditListChanged.v1} is the tag). */
    public static final Set<String> CREDIT_LISTS = Set.of(ABNORMAL_OPERATIONS.name(), SERIOUS_VIOLATION.name());
}
