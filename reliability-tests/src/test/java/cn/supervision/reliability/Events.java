package cn.supervision.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Plain Kafka clients on the harness's broker: puts hand-made events on a topic, and replays whole topics. */
final class Events {

    private final String brokers;

    Events(ReliabilityPlatform platform) {
        this.brokers = platform.kafkaBootstrapServers();
    }

    /** A CloudEvents binary-mode record as another service would send it. */
    void send(String topic, String key, String type, String eventId, String body) {
        sendRaw(topic, key, body, "ce_id", eventId, "ce_type", type, "ce_source", "/reliability-tests", "ce_subject", key,
                "ce_time", Instant.now().toString(), "ce_specversion", "1.0", "content-type", "application/json");
    }

    /** A record with exactly these headers (name, value pairs): for poison. */
    void sendRaw(String topic, String key, String body, String... headers) {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, bytes(key), bytes(body));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                record.headers().add(headers[i], bytes(headers[i + 1]));
            }
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Redelivery of a whole topic: every record from offset 0 to the current end is sent again to the same topic with
     * its key, body and headers, so every consuming group receives every event a second time. Returns how many.
     */
    int replayFromStart(String topic) {
        List<ConsumerRecord<byte[], byte[]>> records = recordsToEnd(topic);
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> record : records) {
                ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(topic, record.partition(), record.key(), record.value());
                record.headers().forEach(h -> again.headers().add(h));
                sent.add(producer.send(again));
            }
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return records.size();
    }

    /** For the records of a topic whose key is one of {@code keys}: how often each event id ({@code ce_id}) was delivered. */
    Map<String, Integer> deliveriesById(String topic, java.util.Set<String> keys) {
        Map<String, Integer> deliveries = new java.util.TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> record : recordsToEnd(topic)) {
            var id = record.headers().lastHeader("ce_id");
            if (record.key() != null && id != null && keys.contains(new String(record.key(), StandardCharsets.UTF_8))) {
                deliveries.merge(new String(id.value(), StandardCharsets.UTF_8), 1, Integer::sum);
            }
        }
        return deliveries;
    }

    /** Every record of the topic from offset 0 to its end as of now. */
    private List<ConsumerRecord<byte[], byte[]>> recordsToEnd(String topic) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                }
            }
        }
        return records;
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.ACKS_CONFIG, "all"),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}
