package cn.supervision.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

/** Maps {@link CloudEvent} to and from a Kafka message in CloudEvents 1.0 binary mode (Kafka protocol binding). */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    /** Header values go out as raw UTF-8 bytes: a String would be JSON-quoted by the binder's header mapper. */
    public static Message<byte[]> toMessage(CloudEvent event) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(ID, utf8(event.id()));
        headers.put(TYPE, utf8(event.type()));
        headers.put(SOURCE, utf8(event.source()));
        headers.put(SUBJECT, utf8(event.subject()));
        headers.put(TIME, utf8(event.time().toString()));
        headers.put(SPEC_VERSION, utf8("1.0"));
        headers.put(CONTENT_TYPE, utf8("application/json"));
        headers.put(KafkaHeaders.KEY, utf8(event.key()));
        return MessageBuilder.withPayload(event.data()).copyHeaders(headers).build();
    }

    /** Reads the envelope of a received message; a missing id or type makes the message poison. */
    public static CloudEvent fromMessage(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String id = attribute(headers, ID);
        String type = attribute(headers, TYPE);
        if (id == null || type == null) {
            throw new MalformedEventException("message without ce_id or ce_type header");
        }
        String time = attribute(headers, TIME);
        Instant instant;
        try {
            instant = time == null ? null : Instant.parse(time);
        } catch (java.time.format.DateTimeParseException e) {
            throw new MalformedEventException("ce_time '" + time + "' is not an RFC 3339 timestamp", e);
        }
        Object key = headers.get(KafkaHeaders.RECEIVED_KEY);
        return new CloudEvent(id, type, attribute(headers, SOURCE), attribute(headers, SUBJECT), instant, text(key), message.getPayload());
    }

    /**
     * Spring Cloud Function recognises a CloudEvent that arrives without a content type and renames its {@code ce_}
     * headers to the {@code ce-} form; both spellings are the same attribute.
     */
    private static String attribute(MessageHeaders headers, String kafkaName) {
        String value = text(headers.get(kafkaName));
        return value != null ? value : text(headers.get("ce-" + kafkaName.substring(3)));
    }

    private static byte[] utf8(String value) {
        return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
    }
}
