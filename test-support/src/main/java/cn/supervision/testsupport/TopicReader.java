package cn.supervision.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning with a plain Kafka client, as any outside consumer would see it. */
public final class TopicReader {

    /** One record: key, headers as UTF-8 text, JSON body. */
    public record Record(String key, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    private TopicReader() {
    }

    /** Waits up to {@code timeout} until a record matching {@code wanted} is on {@code topic}; returns all records read. */
    public static List<Record> readUntil(String topic, Predicate<Record> wanted, Duration timeout) {
        return readUntil(TestServers.get().kafkaBootstrapServers(), topic, wanted, timeout);
    }

    /** The same against another broker (the end-to-end test runs the platform's own). */
    public static List<Record> readUntil(String bootstrapServers, String topic, Predicate<Record> wanted, Duration timeout) {
        List<Record> records = read(bootstrapServers, topic, read -> read.stream().anyMatch(wanted), timeout);
        if (records.stream().noneMatch(wanted)) {
            throw new AssertionError("no matching record on " + topic + " within " + timeout + "; read " + records.size());
        }
        return records;
    }

    /** Reads until at least {@code count} records are there or {@code timeout} passed; returns what was read. */
    public static List<Record> readAtLeast(String topic, int count, Duration timeout) {
        return read(TestServers.get().kafkaBootstrapServers(), topic, read -> read.size() >= count, timeout);
    }

    private static List<Record> read(String bootstrapServers, String topic, Predicate<List<Record>> enough, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<Record> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (System.nanoTime() < deadline && !enough.test(records)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    Map<String, String> headers = new HashMap<>();
                    for (Header h : r.headers()) {
                        headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
                    }
                    records.add(new Record(r.key(), headers, r.value()));
                }
            }
        }
        return records;
    }
}
