package cn.supervision.platform.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves parked events back: every record of a binding's dead-letter topic not replayed before is published again to
 * the binding's topic, with its key and CloudEvents headers (the binder's {@code x-exception-*} headers dropped).
 * The replay group's committed offsets remember what was moved, so a record is replayed once; consumers are
 * idempotent, so replaying an event that had in fact been applied changes nothing.
 */
public class DeadLetterReplay {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

    private final String brokers;
    private final Map<String, ConsumerLagMonitor.Input> inputs;

    public DeadLetterReplay(String brokers, Set<ConsumerLagMonitor.Input> inputs) {
        this.brokers = brokers;
        this.inputs = inputs.stream().collect(Collectors.toMap(ConsumerLagMonitor.Input::binding, i -> i));
    }

    /** The consumer group that remembers which parked records were replayed. */
    public static String replayGroup(ConsumerLagMonitor.Input input) {
        return input.group() + ".dlq-replay";
    }

    public Set<String> bindings() {
        return inputs.keySet();
    }

    /** Replays what waits in the binding's dead-letter topic; returns how many records were moved back. */
    public synchronized int replay(String binding) {
        ConsumerLagMonitor.Input input = inputs.get(binding);
        if (input == null) {
            throw new IllegalArgumentException("unknown binding " + binding + "; known: " + inputs.keySet());
        }
        Map<String, Object> consumerProps = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, replayGroup(input), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Object> producerProps = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        int moved = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer());
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(input.dlqTopic(), Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!caughtUp(consumer, end)) {
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(input.topic(), null, record.key(), record.value());
                    for (Header header : record.headers()) {
                        if (!header.key().startsWith("x-exception") && !header.key().startsWith("x-original")) {
                            again.headers().add(header);
                        }
                    }
                    producer.send(again).get();
                    done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
                    moved++;
                }
                if (!done.isEmpty()) {
                    consumer.commitSync(done);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying " + binding, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Kafka refused a replayed record of " + binding, e.getCause());
        }
        log.info("replayed {} parked event(s) from {} to {}", moved, input.dlqTopic(), input.topic());
        return moved;
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
