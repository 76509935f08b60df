package cn.supervision.platform.outbox;

import java.time.Instant;
import java.util.Map;

/**
 * An event stored inside the document whose change caused it, waiting for the relay to put it on Kafka.
 * {@code trace} holds the trace context of the change (W3C headers) so the published event continues its trace.
 */
public record PendingEvent(String eventId, String topic, String type, String key, String subject, Instant time, String payload,
        Map<String, String> trace) {
}
