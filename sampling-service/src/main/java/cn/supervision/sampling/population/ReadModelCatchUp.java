package cn.supervision.sampling.population;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import cn.supervision.platform.problem.ProblemException;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.stereotype.Component;

/**
 * "Has the read model caught up?" — compares the committed offsets of sampling's consumer group with the end offsets
 * of every topic the eligible population is built from (registry objects, inspectors and check items, inspection
 * results, credit risk). A freeze on a read model still catching up would snapshot a partial population, so it is
 * refused (409) after waiting a short while, and the refusal says how many events are still unread.
 */
@Component
public class ReadModelCatchUp {

    private static final Logger log = LoggerFactory.getLogger(ReadModelCatchUp.class);
    static final List<String> POPULATION_BINDINGS = List.of("registryObjects-in-0", "registryInspectors-in-0", "registryCheckItems-in-0",
            "inspectionResults-in-0", "creditRecords-in-0");

    private final BindingServiceProperties bindings;
    private final String brokers;
    private final Duration wait;
    private Admin admin;

    ReadModelCatchUp(BindingServiceProperties bindings, @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
            @Value("${sampling.freeze.catch-up-wait:15s}") Duration wait) {
        this.bindings = bindings;
        this.brokers = brokers;
        this.wait = wait;
    }

    /** Waits up to the configured time for every population binding to reach the end of its topic; 409 if it does not. */
    public void requireCaughtUp(String field) {
        long deadline = System.nanoTime() + wait.toNanos();
        Map<String, Long> behind;
        while (true) {
            try {
                behind = unread();
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                log.warn("cannot measure the read model's lag: {}", e.toString());
                throw ProblemException.conflict(field, "cannot confirm that sampling's read model has caught up (Kafka did not answer: "
                        + e.getClass().getSimpleName() + "); try again when Kafka is reachable");
            }
            if (behind.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
            sleep();
        }
        String detail = behind.entrySet().stream().map(e -> e.getValue() + " on " + e.getKey()).collect(Collectors.joining(", "));
        log.info("refused: read model still catching up ({})", detail);
        throw ProblemException.conflict(field, "sampling's read model is still catching up (" + detail
                + " events not yet applied): freezing now would snapshot a partial population; try again in a moment");
    }

    /** Same wait without refusing: true when caught up. */
    public boolean awaitCaughtUp() {
        try {
            requireCaughtUp("readModel");
            return true;
        } catch (ProblemException notYet) {
            return false;
        }
    }

    /** Unread events per topic, only the topics with some. */
    synchronized Map<String, Long> unread() throws Exception {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
        }
        Map<String, Long> behind = new LinkedHashMap<>();
        Set<String> topics = admin.listTopics().names().get(5, TimeUnit.SECONDS);
        for (String name : POPULATION_BINDINGS) {
            BindingProperties binding = bindings.getBindings().get(name);
            if (binding == null || binding.getDestination() == null || !topics.contains(binding.getDestination())) {
                continue;
            }
            long lag = lag(binding.getDestination(), binding.getGroup());
            if (lag > 0) {
                behind.merge(binding.getDestination(), lag, Long::sum);
            }
        }
        return behind;
    }

    private long lag(String topic, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(5, TimeUnit.SECONDS);
        Set<TopicPartition> partitions = admin.describeTopics(Set.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic).partitions()
                .stream().map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
        Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> start = offsets(partitions, OffsetSpec.earliest());
        long total = 0;
        for (TopicPartition p : partitions) {
            OffsetAndMetadata done = committed.get(p);
            long position = done != null ? done.offset() : start.getOrDefault(p, 0L);
            total += Math.max(0, end.getOrDefault(p, 0L) - position);
        }
        return total;
    }

    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        return admin.listOffsets(request).all().get(5, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }
}
