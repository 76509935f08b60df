package cn.supervision.registry.history.domain;

import java.time.Instant;

/**
 * 变更记录: one version of a directory record — who changed it, when, why, and the whole state after the change.
 * The state before is the previous version's state, so a version never has to repeat it.
 */
public record Version<S>(int number, Instant at, String who, String why, S state) {
}
