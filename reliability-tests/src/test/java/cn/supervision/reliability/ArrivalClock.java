package cn.supervision.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import cn.supervision.testsupport.Http;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import tools.jackson.databind.JsonNode;

/**
 * When each result's effects became observable, read from the events the two end services publish about them (a
 * plain consumer of its own group, from the start of the topics):
 * <ul>
 * <li><b>public record (公示)</b>: {@code disclosure.ResultPublished.v1} on {@code disclosure.records}, key = object id;</li>
 * <li><b>credit entries (信用档案)</b>: {@code credit.CreditRiskChanged.v1} on {@code credit.records} whose reasons include
 * {@code general-violation}. A fresh object's file is first assessed when the result entry arrives (level A, 0 points);
 * the violation entry, which inspection publishes after the completion on the same key (same partition, in order),
 * moves it to B (10 points). That event therefore marks the file holding both entries.</li>
 * </ul>
 * The time taken is the record's timestamp (CreateTime), set by the service's outbox relay when it sends the event,
 * which it does only after the document write that stored the public record or the credit entry: an upper bound of the
 * moment the effect exists, late by at most one relay interval (200 ms) plus the send. The producers run in this JVM,
 * so the clock is the same as the one that timed the approval.
 */
final class ArrivalClock implements AutoCloseable {

    static final String PUBLISHED = "disclosure.ResultPublished.v1";
    static final String RISK_CHANGED = "credit.CreditRiskChanged.v1";

    private final Map<String, Long> published = new ConcurrentHashMap<>();
    private final Map<String, Long> credited = new ConcurrentHashMap<>();
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    ArrivalClock(String brokers) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "load-benchmark-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // the topics may be created only by the first event: notice them quickly
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of("disclosure.records", "credit.records"));
        thread = new Thread(this::run, "load-arrival-clock");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    note(record);
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the poll
        } finally {
            consumer.close();
        }
    }

    private void note(ConsumerRecord<byte[], byte[]> record) {
        Header type = record.headers().lastHeader("ce_type");
        if (type == null || record.key() == null) {
            return;
        }
        String key = new String(record.key(), StandardCharsets.UTF_8);
        String eventType = new String(type.value(), StandardCharsets.UTF_8);
        if (PUBLISHED.equals(eventType)) {
            published.merge(key, record.timestamp(), Math::min);
        } else if (RISK_CHANGED.equals(eventType) && countsViolation(record.value())) {
            credited.merge(key, record.timestamp(), Math::min);
        }
    }

    private static boolean countsViolation(byte[] value) {
        JsonNode reasons = Http.parse(new String(value, StandardCharsets.UTF_8)).path("reasons");
        for (JsonNode reason : reasons) {
            if ("general-violation".equals(reason.path("rule").asString())) {
                return true;
            }
        }
        return false;
    }

    /** When the object's public record was published, or null. */
    Long published(String objectId) {
        return published.get(objectId);
    }

    /** When the object's credit file held both entries of its result, or null. */
    Long credited(String objectId) {
        return credited.get(objectId);
    }

    /** When both effects existed (the later of the two), or null while one is missing. */
    Long bothEffects(String objectId) {
        Long p = published.get(objectId);
        Long c = credited.get(objectId);
        return p == null || c == null ? null : Math.max(p, c);
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
