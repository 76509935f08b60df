package cn.supervision.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Puts an event on a topic with a plain Kafka client in CloudEvents binary mode, as another service would. */
public final class TopicWriter {

    private TopicWriter() {
    }

    public static void send(String topic, String key, String type, String eventId, String body) {
        send(topic, key, type, eventId, body, Instant.now());
    }

    /** The same with a chosen {@code ce_time}, to replay an old event after a newer one. */
    public static void send(String topic, String key, String type, String eventId, String body, Instant time) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, body);
            header(record, "ce_id", eventId);
            header(record, "ce_type", type);
            header(record, "ce_source", "/test");
            header(record, "ce_subject", key);
            header(record, "ce_time", time.toString());
            header(record, "ce_specversion", "1.0");
            header(record, "content-type", "application/json");
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends raw bytes with the given headers only: for poison-message tests. */
    public static void sendRaw(String topic, String key, String body, String... headerPairs) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, body);
            for (int i = 0; i + 1 < headerPairs.length; i += 2) {
                header(record, headerPairs[i], headerPairs[i + 1]);
            }
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
