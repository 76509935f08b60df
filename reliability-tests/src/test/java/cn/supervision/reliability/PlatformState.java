package cn.supervision.reliability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.bson.json.JsonWriterSettings;

/**
 * What the platform holds, read from outside: outbox backlog, consumer lag per group, dead-letter depth, and a digest of
 * every collection of every service, to prove that a replay or a rejected request changed nothing.
 */
final class PlatformState {

    /**
     * Fields rewritten by time-driven housekeeping, not by events or requests: they may differ between two digests
     * of an unchanged state. Each is named with why.
     */
    static final Set<String> HOUSEKEEPING_FIELDS = Set.of(
            "outboxLeaseUntil",   // the relay's lease, set and cleared on every pass
            "leaseUntil",         // disclosure's push-queue lease
            "lastCheckedAt");

    private final ReliabilityPlatform platform;

    PlatformState(ReliabilityPlatform platform) {
        this.platform = platform;
    }

    /** Events stored in some outbox and not yet on Kafka, over every collection of every service. */
    long outboxBacklog() {
        long pending = 0;
        for (Svc service : Svc.values()) {
            MongoDatabase db = platform.mongoClient().getDatabase(service.database);
            for (String collection : db.listCollectionNames()) {
                for (Document doc : db.getCollection(collection).find(new Document("outbox.0", new Document("$exists", true)))
                        .projection(new Document("outbox.eventId", 1))) {
                    pending += doc.getList("outbox", Document.class).size();
                }
            }
        }
        return pending;
    }

    /** Records on the consumed topics not yet committed by the consuming group, summed over every binding. */
    long consumerLag() {
        try (Admin admin = admin()) {
            long lag = 0;
            for (Svc service : Svc.values()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(service.group)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, Long> end = endOffsets(admin, service.bindings.stream().map(Svc.Binding::topic).toList());
                for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
                    OffsetAndMetadata position = committed.get(e.getKey());
                    lag += e.getValue() - (position == null ? 0 : position.offset());
                }
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many records a topic holds (sum of end offsets); 0 for a topic that does not exist yet. */
    long recordsIn(String topic) {
        try (Admin admin = admin()) {
            return endOffsets(admin, List.of(topic)).values().stream().mapToLong(Long::longValue).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, List<String> topics) throws InterruptedException, ExecutionException {
        Set<String> existing = admin.listTopics().names().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (var description : admin.describeTopics(topics.stream().filter(existing::contains).distinct().toList()).allTopicNames().get().values()) {
            description.partitions().forEach(p -> latest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> end = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e : admin.listOffsets(latest).all().get().entrySet()) {
            end.put(e.getKey(), e.getValue().offset());
        }
        return end;
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000));
    }

    /** Waits until nothing is pending anywhere: no outbox backlog and no consumer lag, twice in a row a second apart. */
    void awaitQuiet(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietChecks = 0;
        String last = "";
        while (System.nanoTime() < deadline) {
            long backlog = outboxBacklog();
            long lag = consumerLag();
            last = "outbox backlog " + backlog + ", consumer lag " + lag;
            quietChecks = backlog == 0 && lag == 0 ? quietChecks + 1 : 0;
            if (quietChecks >= 2) {
                return;
            }
            sleep(1000);
        }
        throw new AssertionError("the platform did not become quiet within " + timeout + ": " + last);
    }

    /**
     * SHA-256 of every collection of every service database (documents in {@code _id} order, housekeeping fields left
     * out), keyed {@code database.collection}.
     */
    Map<String, String> digest() {
        Map<String, String> digests = new TreeMap<>();
        JsonWriterSettings settings = JsonWriterSettings.builder().build();
        for (Svc service : Svc.values()) {
            MongoDatabase db = platform.mongoClient().getDatabase(service.database);
            List<String> collections = new ArrayList<>();
            db.listCollectionNames().into(collections);
            for (String collection : collections) {
                MessageDigest sha = sha256();
                long count = 0;
                for (Document doc : db.getCollection(collection).find().sort(new Document("_id", 1))) {
                    HOUSEKEEPING_FIELDS.forEach(doc::remove);
                    sha.update(doc.toJson(settings).getBytes(StandardCharsets.UTF_8));
                    count++;
                }
                digests.put(service.database + "." + collection, count + ":" + HexFormat.of().formatHex(sha.digest()));
            }
        }
        return digests;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
