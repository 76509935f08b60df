package cn.supervision.registry.inspectors.domain;

/** 回避: an object this inspector must never inspect, and why (the reason stays in the registry, never in events). */
public record ConflictOfInterest(String objectId, String reason) {
}
