package cn.supervision.platform.events;

import java.time.Instant;

/**
 * One event as it travels on Kafka in CloudEvents binary mode: attributes in {@code ce_*} headers, data as the JSON body.
 * {@code key} is the aggregate the event is about (object, task), so that one aggregate's events keep their order.
 */
public record CloudEvent(String id, String type, String source, String subject, Instant time, String key, byte[] data) {
}
