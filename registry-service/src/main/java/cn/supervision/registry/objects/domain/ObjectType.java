package cn.supervision.registry.objects.domain;

/** What kind of object is inspected; only enterprises carry a USCC, the others are keyed by their own code. */
public enum ObjectType {
    /** 企业 */
    ENTERPRISE,
    /** 个体工商户 */
    INDIVIDUAL_BUSINESS,
    /** 建设工程项目: the carrier for checking every party on a site. */
    CONSTRUCTION_PROJECT
}
