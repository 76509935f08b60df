package cn.supervision.registry.objects;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Publishes the events of applied import chunks. Same guarantees as the platform's outbox relay (a lease per chunk,
 * events removed only after Kafka acknowledged them, duplicates possible after a crash, never losses), but a chunk's
 * hundreds of events are sent together and acknowledged together: the platform relay's one synchronous send per
 * event cannot carry a 100,000-row import at thousands of rows per second. Events are in CloudEvents binary mode,
 * exactly as the platform relay writes them.
 */
@Component
class ImportBatchRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImportBatchRelay.class);
    private static final String COLLECTION = "object_import_batches";

    private final MongoTemplate mongo;
    private final String brokers;
    private final String source;
    private final Clock clock;
    private final Counter published;
    private final AtomicLong pending = new AtomicLong();
    private KafkaProducer<String, byte[]> producer;
    private ScheduledExecutorService executor;
    private volatile boolean running;
    private volatile boolean topicReady;

    ImportBatchRelay(MongoTemplate mongo, @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
            @Value("${spring.application.name}") String service, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.brokers = brokers;
        this.source = "/" + service;
        this.clock = clock;
        this.published = Counter.builder("supervision.registry.import.events.published").description("Import events put on Kafka")
                .register(meters);
        Gauge.builder("supervision.registry.import.events.pending", pending, AtomicLong::get)
                .description("Events of applied import chunks not yet on Kafka").register(meters);
    }

    /** One pass: publishes every projected chunk with pending events; returns the number of events published. */
    int relayOnce() {
        int count = 0;
        for (Document claimed = claim(); claimed != null; claimed = claim()) {
            count += publish(claimed);
        }
        measure();
        return count;
    }

    private Document claim() {
        Instant now = Instant.now(clock);
        Query query = new Query(new Criteria().andOperator(where("projected").is(true), where("outbox.0").exists(true),
                new Criteria().orOperator(where("outboxLeaseUntil").is(null), where("outboxLeaseUntil").lt(Date.from(now)))));
        return mongo.findAndModify(query, new Update().set("outboxLeaseUntil", Date.from(now.plusSeconds(60))),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
    }

    private int publish(Document claimed) {
        ensureTopic();
        List<Document> outbox = claimed.getList("outbox", Document.class);
        List<Future<RecordMetadata>> sends = new ArrayList<>(outbox.size());
        for (Document event : outbox) {
            sends.add(producer.send(record(event)));
        }
        int sent = 0;
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get(30, TimeUnit.SECONDS);
                sent++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            log.warn("import chunk {}: {} of {} events acknowledged, the rest will be retried: {}", claimed.get("_id"), sent, outbox.size(),
                    e.toString());
        }
        Update done = new Update().unset("outboxLeaseUntil");
        if (sent == outbox.size()) {
            done.set("outbox", List.of());
        } else if (sent > 0) {
            // acknowledgements come in send order per partition, not overall: only the leading run is known to be sent
            List<String> ids = outbox.subList(0, sent).stream().map(e -> e.getString("eventId")).toList();
            done.pull("outbox", new Document("eventId", new Document("$in", ids)));
        }
        mongo.updateFirst(new Query(where("_id").is(claimed.get("_id"))), done, COLLECTION);
        published.increment(sent);
        return sent;
    }

    private ProducerRecord<String, byte[]> record(Document event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.getString("topic"), event.getString("key"),
                event.getString("payload").getBytes(StandardCharsets.UTF_8));
        Date time = event.getDate("time");
        header(record, "ce_id", event.getString("eventId"));
        header(record, "ce_type", event.getString("type"));
        header(record, "ce_source", source);
        header(record, "ce_subject", event.getString("subject"));
        header(record, "ce_time", (time == null ? Instant.now(clock) : time.toInstant()).toString());
        header(record, "ce_specversion", "1.0");
        header(record, "content-type", "application/json");
        Document trace = event.get("trace", Document.class);
        if (trace != null) {
            trace.forEach((k, v) -> header(record, k, String.valueOf(v)));
        }
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8));
    }

    /** The binder creates topics with three partitions when it first binds them; an import may come first. */
    private void ensureTopic() {
        if (topicReady) {
            return;
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(ObjectDirectory.TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                log.warn("could not create {}: {}", ObjectDirectory.TOPIC, e.getCause().toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.TimeoutException e) {
            log.warn("creating {} timed out", ObjectDirectory.TOPIC);
        }
        topicReady = true;
    }

    private void measure() {
        long count = 0;
        Query query = new Query(where("outbox.0").exists(true));
        query.fields().include("outbox.eventId");
        for (Document doc : mongo.find(query, Document.class, COLLECTION)) {
            count += doc.getList("outbox", Document.class).size();
        }
        pending.set(count);
    }

    private void tick() {
        try {
            relayOnce();
        } catch (RuntimeException e) {
            log.warn("import event relay pass failed, will retry: {}", e.toString());
        }
    }

    @Override
    public void start() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "registry-import-relay-" + java.util.UUID.randomUUID());
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(() -> {
                org.slf4j.MDC.put("service", source.substring(1));
                r.run();
            }, "import-relay" + source.replace('/', '-'));
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, 200, 200, TimeUnit.MILLISECONDS);
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
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
