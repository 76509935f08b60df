package cn.supervision.registry.inspectors.domain;

/** Only active inspectors can be drawn. */
public enum InspectorStatus {
    /** 在岗 */ ACTIVE,
    /** 休假 */ ON_LEAVE,
    /** 调离 */ TRANSFERRED,
    /** 退休 */ RETIRED
}
