package cn.supervision.inspection.records.domain;

/** 检查方式: how a check item was checked; several may apply to one item. */
public enum InspectionMethod {
    /** 实地检查 */ ON_SITE,
    /** 书面检查 */ DOCUMENTS,
    /** 网络监测 */ ONLINE_MONITORING,
    /** 检验检测 */ TESTING,
    /** 行政部门检查结果或专业意见 */ OTHER_DEPARTMENT_RESULTS,
    /** 委托专业机构辅助 */ PROFESSIONAL_BODY
}
