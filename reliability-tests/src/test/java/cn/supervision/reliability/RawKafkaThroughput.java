package cn.supervision.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The baseline of the load benchmark: what the plain Kafka client does on the same broker, in the same JVM, in the same
 * run. A record like an inspection event (a 750-byte JSON body, an object id as key, the CloudEvents headers) goes
 * through a fresh topic of 3 partitions (as the platform's) from one {@link KafkaProducer} ({@code acks=all}, otherwise
 * the client's defaults) to one {@link KafkaConsumer}: records per second from the first send to the last record
 * received. Also measured: the same producer waiting for each acknowledgement before the next send, which is how the
 * platform's outbox relay sends ({@code producer.sync=true}, one event at a time).
 */
final class RawKafkaThroughput {

    static final int PAYLOAD_BYTES = 750;

    private final String brokers;

    RawKafkaThroughput(String brokers) {
        this.brokers = brokers;
    }

    /** Round trip producer → broker → consumer, batched as the client batches by default: records/s. */
    double roundTrip(int records) {
        String topic = freshTopic();
        byte[] payload = payload();
        AtomicLong received = new AtomicLong();
        long[] lastReceived = new long[1];
        Thread reader = new Thread(() -> {
            try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
                List<TopicPartition> partitions = List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1), new TopicPartition(topic, 2));
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (received.get() < records && System.nanoTime() < deadline) {
                    ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(100));
                    if (!batch.isEmpty()) {
                        received.addAndGet(batch.count());
                        lastReceived[0] = System.nanoTime();
                    }
                }
            }
        }, "raw-kafka-reader");
        reader.start();
        long started;
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.partitionsFor(topic);
            started = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(record(topic, i, payload));
            }
            producer.flush();
        }
        join(reader);
        if (received.get() < records) {
            throw new AssertionError("raw consumer received " + received.get() + " of " + records);
        }
        return records / ((lastReceived[0] - started) / 1e9);
    }

    /** The same producer waiting for each acknowledgement before the next send (the relay's way): records/s. */
    double synchronousSends(int records) {
        String topic = freshTopic();
        byte[] payload = payload();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.partitionsFor(topic);
            long started = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(record(topic, i, payload)).get();
            }
            return records / ((System.nanoTime() - started) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ProducerRecord<byte[], byte[]> record(String topic, int i, byte[] payload) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, bytes(InspectionFlow.uscc(i)), payload);
        record.headers().add("ce_id", bytes(UUID.randomUUID().toString()))
                .add("ce_type", bytes("inspection.InspectionCompleted.v1"))
                .add("ce_source", bytes("/inspection-service"))
                .add("ce_time", bytes(Instant.now().toString()))
                .add("ce_specversion", bytes("1.0"))
                .add("content-type", bytes("application/json"));
        return record;
    }

    private static byte[] payload() {
        StringBuilder json = new StringBuilder("{\"taskId\": \"LOAD-RAW\", \"findings\": \"");
        while (json.length() < PAYLOAD_BYTES - 2) {
            json.append('x');
        }
        return json.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private String freshTopic() {
        String topic = "load.raw-baseline-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return topic;
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.ACKS_CONFIG, "all"),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
