package cn.supervision.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import cn.supervision.platform.events.CloudEvent;
import cn.supervision.platform.events.CloudEventHeaders;
import cn.supervision.platform.tracing.EventTracing;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Publishes the pending events of every outbox collection and removes them once Kafka has acknowledged them.
 * <p>
 * A document is claimed with a lease (an atomic find-and-modify) before its events are sent, so two instances of a
 * service do not publish the same document at once; if an instance dies mid-way the lease expires and another
 * instance publishes again — consumers are idempotent, so a repeat is harmless, and nothing is lost.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final StreamBridge bridge;
    private final OutboxProperties properties;
    private final Clock clock;
    private final String source;
    private final EventTracing tracing;
    private final Counter published;
    private final Counter failures;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private ScheduledExecutorService executor;
    private volatile boolean running;
    private volatile CrashHook crashHook = CrashHook.NONE;

    /**
     * Fault-injection seam for reliability tests: consulted after a document is leased, after each event is sent and
     * before the sent events are removed. A hook that throws {@link SimulatedCrash} makes the pass stop right there,
     * as if the process had died: the lease is kept and nothing is removed. Production never sets one.
     */
    public interface CrashHook {
        CrashHook NONE = (step, eventId) -> { };

        void at(Step step, String eventId);

        enum Step { LEASED, SENT, BEFORE_REMOVE }
    }

    /** Thrown by a {@link CrashHook} to simulate a process dying at that point of a relay pass. */
    public static final class SimulatedCrash extends RuntimeException {
        public SimulatedCrash(String where) {
            super("simulated crash " + where, null, false, false);
        }
    }

    /** Installs a crash hook (tests only); {@code null} restores the default, which does nothing. */
    public void crashHook(CrashHook hook) {
        this.crashHook = hook == null ? CrashHook.NONE : hook;
    }

    public OutboxRelay(MongoTemplate mongo, StreamBridge bridge, OutboxProperties properties, Clock clock, String source,
            MeterRegistry meters) {
        this(mongo, bridge, properties, clock, source, meters, EventTracing.NONE);
    }

    public OutboxRelay(MongoTemplate mongo, StreamBridge bridge, OutboxProperties properties, Clock clock, String source,
            MeterRegistry meters, EventTracing tracing) {
        this.tracing = tracing;
        this.mongo = mongo;
        this.bridge = bridge;
        this.properties = properties;
        this.clock = clock;
        this.source = source;
        this.published = Counter.builder("supervision.outbox.published").description("Events the outbox relay put on Kafka")
                .register(meters);
        this.failures = Counter.builder("supervision.outbox.failures").description("Relay passes that failed and will be retried")
                .register(meters);
        Gauge.builder("supervision.outbox.backlog", backlog, AtomicLong::get).description("Events stored but not yet on Kafka")
                .register(meters);
        Gauge.builder("supervision.outbox.oldest.pending.seconds", oldestPendingSeconds, AtomicLong::get)
                .description("Age of the oldest event not yet on Kafka").baseUnit("seconds").register(meters);
    }

    /** One pass over every outbox collection; returns the number of events published. Safe to call concurrently. */
    public int relayOnce() {
        int count = 0;
        for (String collection : properties.collections()) {
            count += relayCollection(collection);
        }
        measureBacklog();
        return count;
    }

    private int relayCollection(String collection) {
        int count = 0;
        for (int i = 0; i < properties.batchSize(); i++) {
            Document claimed = claim(collection);
            if (claimed == null) {
                break;
            }
            count += publish(collection, claimed);
        }
        return count;
    }

    private Document claim(String collection) {
        Instant now = Instant.now(clock);
        Query pending = new Query(new Criteria().andOperator(where("outbox.0").exists(true),
                new Criteria().orOperator(where("outboxLeaseUntil").is(null), where("outboxLeaseUntil").lt(Date.from(now)))));
        Update lease = new Update().set("outboxLeaseUntil", Date.from(now.plus(properties.lease())));
        return mongo.findAndModify(pending, lease, FindAndModifyOptions.options().returnNew(true), Document.class, collection);
    }

    private int publish(String collection, Document claimed) {
        List<String> sent = new ArrayList<>();
        CrashHook hook = crashHook;
        boolean crashed = false;
        try {
            List<Document> events = claimed.getList("outbox", Document.class);
            hook.at(CrashHook.Step.LEASED, events.isEmpty() ? null : events.get(0).getString("eventId"));
            for (Document event : events) {
                send(event);
                sent.add(event.getString("eventId"));
                hook.at(CrashHook.Step.SENT, event.getString("eventId"));
            }
            hook.at(CrashHook.Step.BEFORE_REMOVE, null);
        } catch (SimulatedCrash crash) {
            // a dead process runs no finally block: the lease stays until it expires and the sent events stay pending
            crashed = true;
            throw crash;
        } finally {
            // Remove what Kafka acknowledged and release the lease, even when a later send failed.
            if (!crashed) {
                Update done = new Update().unset("outboxLeaseUntil");
                if (!sent.isEmpty()) {
                    done.pull("outbox", new Document("eventId", new Document("$in", sent)));
                }
                mongo.updateFirst(new Query(where("_id").is(claimed.get("_id"))), done, collection);
            }
        }
        return sent.size();
    }

    private void send(Document event) {
        Date time = event.getDate("time");
        CloudEvent cloudEvent = new CloudEvent(event.getString("eventId"), event.getString("type"), source, event.getString("subject"),
                time == null ? Instant.now(clock) : time.toInstant(), event.getString("key"),
                event.getString("payload").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Document trace = event.get("trace", Document.class);
        Map<String, String> captured = new HashMap<>();
        if (trace != null) {
            trace.forEach((k, v) -> captured.put(k, String.valueOf(v)));
        }
        tracing.continueWith(captured, "publish " + cloudEvent.type(), () -> {
            if (!bridge.send(event.getString("topic"), CloudEventHeaders.toMessage(cloudEvent))) {
                throw new IllegalStateException("Kafka did not accept event " + cloudEvent.id());
            }
        });
        published.increment();
        log.debug("published {} {} key={} to {}", cloudEvent.type(), cloudEvent.id(), cloudEvent.key(), event.getString("topic"));
    }

    private void measureBacklog() {
        long count = 0;
        Instant oldest = null;
        for (String collection : properties.collections()) {
            Query pending = new Query(where("outbox.0").exists(true));
            pending.fields().include("outbox.time");
            for (Document doc : mongo.find(pending, Document.class, collection)) {
                for (Document event : doc.getList("outbox", Document.class)) {
                    count++;
                    Date time = event.getDate("time");
                    if (time != null && (oldest == null || time.toInstant().isBefore(oldest))) {
                        oldest = time.toInstant();
                    }
                }
            }
        }
        backlog.set(count);
        oldestPendingSeconds.set(oldest == null ? 0 : Duration.between(oldest, Instant.now(clock)).toSeconds());
    }

    private void tick() {
        try {
            relayOnce();
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("outbox relay pass failed, will retry: {}", e.toString());
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(() -> {
                org.slf4j.MDC.put("service", source.substring(1));
                r.run();
            }, "outbox-relay" + source.replace('/', '-'));
            thread.setDaemon(true);
            return thread;
        });
        long period = properties.interval().toMillis();
        executor.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Start after the Kafka bindings, stop before them, so the last pass can still publish. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
