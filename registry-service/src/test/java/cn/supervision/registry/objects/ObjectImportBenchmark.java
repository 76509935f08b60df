package cn.supervision.registry.objects;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import cn.supervision.registry.Clerk;
import cn.supervision.registry.RegistryIntegrationTest;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TestServers;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Import of 100,000 objects from CSV over HTTP, on the embedded default (broker and Mongo-wire server in this JVM):
 * dry run, then apply until every event is acknowledged by Kafka (and counted on the topic). Baseline, measured in the
 * same run: the plain {@code insert} path — the same 100,000 documents written by {@code MongoTemplate.insert} in
 * batches, no parsing, no checks, no history, no events. Medians of 3 runs ({@code -Dbenchmark.runs=N} to change); each run starts from an empty
 * directory. Target: apply end to end ≥ 5,000 rows/s.
 * <pre>./mvnw -o -pl registry-service test -Dbenchmark.excluded=none -Dgroups=benchmark -Dsurefire.jvm.args="-Xmx3g"</pre>
 */
@Tag("benchmark")
@RegistryIntegrationTest
class ObjectImportBenchmark {

    static final int ROWS = 100_000;
    static final int RUNS = Integer.getInteger("benchmark.runs", 3);

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    @Test
    void importsOneHundredThousandObjects() {
        List<Double> baseline = new ArrayList<>();
        List<Double> dryRun = new ArrayList<>();
        List<Double> apply = new ArrayList<>();
        List<Double> endToEnd = new ArrayList<>();
        List<Long> dryHeap = new ArrayList<>();
        List<Long> applyHeap = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            clear();
            byte[] csv = csv(run);
            baseline.add(baseline(run));
            clear();

            resetPeakHeap();
            long started = System.nanoTime();
            JsonNode checked = Clerk.upload("http://127.0.0.1:" + port + "/objects/import", "objects.csv", csv).json();
            dryRun.add(ROWS / seconds(started));
            dryHeap.add(peakHeapMb());
            assertThat(checked.get("added").asInt()).as(checked.toString()).isEqualTo(ROWS);

            resetPeakHeap();
            started = System.nanoTime();
            Http.Response applied = Clerk.upload("http://127.0.0.1:" + port + "/objects/import?apply=true", "objects.csv", csv);
            apply.add(ROWS / seconds(started));
            assertThat(applied.json().get("added").asInt()).as(applied.body()).isEqualTo(ROWS);
            while (mongo.exists(new Query(where("outbox.0").exists(true)), "object_import_batches")) {
                sleep(20);
            }
            endToEnd.add(ROWS / seconds(started));
            applyHeap.add(peakHeapMb());
            assertThat(countOnTopic(run)).isGreaterThanOrEqualTo(ROWS);
            assertThat(mongo.count(new Query(), ObjectDocument.class)).isEqualTo(ROWS);
        }
        double base = median(baseline);
        System.out.printf("%n=== registry-service: import of %,d objects from CSV (%d runs, medians) ===%n", ROWS, RUNS);
        System.out.printf("baseline  plain MongoTemplate.insert       %,10.0f rows/s%n", base);
        System.out.printf("dry run   parse + check every row      %,10.0f rows/s  (%.2f× baseline)  peak heap %,d MB%n", median(dryRun),
                median(dryRun) / base, medianLong(dryHeap));
        System.out.printf("apply     HTTP answer                  %,10.0f rows/s  (%.2f× baseline)%n", median(apply), median(apply) / base);
        System.out.printf("apply     until all events on Kafka    %,10.0f rows/s  (%.2f× baseline)  peak heap %,d MB  target ≥ 5,000 rows/s%n",
                median(endToEnd), median(endToEnd) / base, medianLong(applyHeap));
        System.out.println("runs: baseline " + baseline + ", dry run " + dryRun + ", apply " + apply + ", end to end " + endToEnd);
    }

    byte[] csv(int run) {
        StringBuilder csv = new StringBuilder(ObjectImportTest.HEADER);
        for (int i = 0; i < ROWS; i++) {
            csv.append(Clerk.uscc(run * 1_000_000L + i)).append(",,开封市龙亭区第").append(i).append("号建筑有限公司,ENTERPRISE,建筑业,410202,开封市龙亭区第")
                    .append(i % 500).append("街,,housing-market;quality-safety,").append(i % 10 == 0 ? "KEY_REGION" : "").append(',')
                    .append(i % 7).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The plain insert path into a scratch collection: what the store alone costs for the same documents. */
    double baseline(int run) {
        List<ObjectDocument> docs = new ArrayList<>(1000);
        long started = System.nanoTime();
        for (int i = 0; i < ROWS; i++) {
            ObjectDocument d = new ObjectDocument();
            d.key = Clerk.uscc(run * 1_000_000L + i);
            d.name = "开封市龙亭区第" + i + "号建筑有限公司";
            d.region = "410202";
            d.supervisingDepartments = List.of("housing-market", "quality-safety");
            docs.add(d);
            if (docs.size() == 1000) {
                mongo.insert(docs, "baseline_objects");
                docs.clear();
            }
        }
        return ROWS / seconds(started);
    }

    long countOnTopic(int run) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        String prefix = Clerk.uscc(run * 1_000_000L).substring(0, 11);
        long count = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("registry.objects"));
            while (count < ROWS && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key() != null && new String(r.key(), StandardCharsets.UTF_8).startsWith(prefix)) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    void clear() {
        for (String collection : List.of("objects", "object_import_batches", "baseline_objects")) {
            mongo.dropCollection(collection);
        }
        System.gc();
    }

    static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static long medianLong(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
