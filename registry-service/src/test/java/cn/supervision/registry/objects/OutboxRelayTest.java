package cn.supervision.registry.objects;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.outbox.OutboxProperties;
import cn.supervision.platform.outbox.OutboxRelay;
import cn.supervision.registry.RegistryIntegrationTest;
import cn.supervision.testsupport.TopicReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Two relay instances over the same outbox (two instances of a service): every event reaches Kafka, once. */
@RegistryIntegrationTest
class OutboxRelayTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    StreamBridge bridge;
    @Autowired
    EventFactory events;

    @Test
    void twoRelayInstancesPublishEveryPendingEventExactlyOnce() throws Exception {
        String collection = "relay_test_" + System.nanoTime();
        String topic = "relay.test." + System.nanoTime();
        int documents = 60;
        for (int i = 0; i < documents; i++) {
            ObjectDocument doc = new ObjectDocument();
            doc.key = "RELAY-" + i;
            doc.recordEvent(events.create(topic, "test.Relayed.v1", doc.key, Map.of("n", i, "step", 1)));
            doc.recordEvent(events.create(topic, "test.Relayed.v1", doc.key, Map.of("n", i, "step", 2)));
            mongo.insert(doc, collection);
        }
        OutboxProperties properties = new OutboxProperties(List.of(collection), Duration.ofSeconds(1), Duration.ofSeconds(30), 5);
        List<OutboxRelay> relays = List.of(
                new OutboxRelay(mongo, bridge, properties, Clock.systemUTC(), "/instance-a", new SimpleMeterRegistry()),
                new OutboxRelay(mongo, bridge, properties, Clock.systemUTC(), "/instance-b", new SimpleMeterRegistry()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int published = 0;
        while (published < documents * 2) {
            List<Future<Integer>> passes = new ArrayList<>();
            relays.forEach(relay -> passes.add(pool.submit(relay::relayOnce)));
            int pass = 0;
            for (Future<Integer> f : passes) {
                pass += f.get();
            }
            assertThat(pass).as("relays make progress").isPositive();
            published += pass;
        }
        pool.shutdown();
        assertThat(published).isEqualTo(documents * 2);

        List<TopicReader.Record> records = TopicReader.readAtLeast(topic, documents * 2, Duration.ofSeconds(30));
        Map<String, Long> perEvent = records.stream().collect(Collectors.groupingBy(r -> r.header("ce_id"), Collectors.counting()));
        assertThat(perEvent).hasSize(documents * 2);
        assertThat(perEvent.values()).allMatch(count -> count == 1);
        // per aggregate, step 1 precedes step 2 (same key, same partition, published in document order)
        Map<String, List<String>> perKey = records.stream().collect(Collectors.groupingBy(TopicReader.Record::key,
                Collectors.mapping(TopicReader.Record::body, Collectors.toList())));
        perKey.values().forEach(bodies -> assertThat(bodies.get(0)).contains("\"step\":1"));
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("outbox.0").exists(true)), collection)).isZero();
    }
}
