package cn.supervision.registry.objects.domain;

/** Operating status; only operating objects can be drawn. */
public enum ObjectStatus {
    /** 在营 */ OPERATING,
    /** 停业 */ CLOSED,
    /** 清算中 */ LIQUIDATING,
    /** 注销 */ DEREGISTERED,
    /** 迁出 */ MOVED_AWAY
}
