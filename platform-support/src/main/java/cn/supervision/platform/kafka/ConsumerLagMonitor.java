package cn.supervision.platform.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Measures, for every input binding of this service, how far its consumer group is behind the topic (lag) and how
 * many records wait in its dead-letter topic (DLQ depth), and exposes both as gauges
 * {@code supervision.consumer.lag} and {@code supervision.dlq.depth} tagged by binding and topic. DLQ depth counts the
 * parked records not yet moved back by {@link DeadLetterReplay}.
 * Reading offsets through the admin API measures what Kafka holds, whether or not a consumer is running.
 */
public class ConsumerLagMonitor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLagMonitor.class);

    /** One consumed topic: binding name, topic, consumer group, dead-letter topic. */
    public record Input(String binding, String topic, String group, String dlqTopic) {
    }

    private final String brokers;
    private final Set<Input> inputs;
    private final Duration interval;
    private final Map<String, AtomicLong> lag = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> dlqDepth = new ConcurrentHashMap<>();
    private ScheduledExecutorService executor;
    private Admin admin;
    private volatile boolean running;

    public ConsumerLagMonitor(String brokers, Set<Input> inputs, Duration interval, MeterRegistry meters) {
        this.brokers = brokers;
        this.inputs = inputs;
        this.interval = interval;
        for (Input input : inputs) {
            AtomicLong l = lag.computeIfAbsent(input.binding(), k -> new AtomicLong());
            AtomicLong d = dlqDepth.computeIfAbsent(input.binding(), k -> new AtomicLong());
            Gauge.builder("supervision.consumer.lag", l, AtomicLong::get).description("Records on the topic not yet consumed by this service")
                    .tag("binding", input.binding()).tag("topic", input.topic()).register(meters);
            Gauge.builder("supervision.dlq.depth", d, AtomicLong::get).description("Records parked in the binding's dead-letter topic")
                    .tag("binding", input.binding()).tag("topic", input.dlqTopic()).register(meters);
        }
    }

    /** Lag of one binding at the last measurement; -1 when it has not been measured yet. */
    public long lag(String binding) {
        AtomicLong value = lag.get(binding);
        return value == null ? -1 : value.get();
    }

    /** Parked records of one binding not yet replayed, at the last measurement. */
    public long dlqDepth(String binding) {
        AtomicLong value = dlqDepth.get(binding);
        return value == null ? -1 : value.get();
    }

    /** Measures now (also called on schedule). */
    public synchronized void measure() {
        if (inputs.isEmpty()) {
            return;
        }
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
        }
        for (Input input : inputs) {
            try {
                lag.get(input.binding()).set(lagOf(input));
                dlqDepth.get(input.binding()).set(notReplayed(input));
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                log.debug("could not measure {}: {}", input.binding(), e.toString());
            }
        }
    }

    private long lagOf(Input input) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(input.group()).partitionsToOffsetAndMetadata()
                .get(5, TimeUnit.SECONDS);
        Map<TopicPartition, Long> end = offsets(input.topic(), OffsetSpec.latest());
        long total = 0;
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            OffsetAndMetadata done = committed.get(partition.getKey());
            total += partition.getValue() - (done == null ? 0 : done.offset());
        }
        return total;
    }

    /** Records in the dead-letter topic after the replay group's position (from the start when never replayed). */
    private long notReplayed(Input input) throws Exception {
        Map<TopicPartition, Long> end = offsets(input.dlqTopic(), OffsetSpec.latest());
        Map<TopicPartition, Long> start = offsets(input.dlqTopic(), OffsetSpec.earliest());
        Map<TopicPartition, OffsetAndMetadata> replayed = admin.listConsumerGroupOffsets(DeadLetterReplay.replayGroup(input))
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        long total = 0;
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            OffsetAndMetadata done = replayed.get(partition.getKey());
            total += partition.getValue() - (done != null ? done.offset() : start.getOrDefault(partition.getKey(), 0L));
        }
        return total;
    }

    private Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec) throws Exception {
        if (!admin.listTopics().names().get(5, TimeUnit.SECONDS).contains(topic)) {
            return Map.of();
        }
        Set<TopicPartition> partitions = admin.describeTopics(Set.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic).partitions()
                .stream().map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        return admin.listOffsets(request).all().get(5, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    @Override
    public void start() {
        if (inputs.isEmpty()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kafka-lag-monitor");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::measureQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    private void measureQuietly() {
        try {
            measure();
        } catch (RuntimeException e) {
            log.debug("lag measurement failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (executor != null) {
            executor.shutdownNow();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
