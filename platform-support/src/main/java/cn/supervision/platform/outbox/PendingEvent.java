package cn.supervision.platform.outbox;

import java.time.Instant;

/** An event stored inside the document whose change caused it, waiting for the relay to put it on Kafka. */
public record PendingEvent(String eventId, String topic, String type, String key, String subject, Instant time, String payload) {
}
