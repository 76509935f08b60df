package cn.supervision.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.supervision.localinfra.EmbeddedKafkaBroker;
import cn.supervision.localinfra.EmbeddedMongo;
import cn.supervision.testsupport.TestTokens;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform under fault: a KRaft broker and a Mongo-wire server (H2 file, so it can be stopped and restarted with its
 * data) in this JVM, and the five services as separate Spring contexts, each of which can be stopped and started again
 * against the same database. One instance is shared by every test class of the module (starting it costs ~30 s).
 */
final class ReliabilityPlatform {

    private static final Logger log = LoggerFactory.getLogger(ReliabilityPlatform.class);
    private static ReliabilityPlatform shared;

    private final Path data;
    private final EmbeddedKafkaBroker kafka;
    private final EmbeddedMongo mongo;
    private final Map<Svc, ConfigurableApplicationContext> services = new EnumMap<>(Svc.class);
    private final MongoClient client;

    private ReliabilityPlatform(Path data) {
        this.data = data;
        this.kafka = EmbeddedKafkaBroker.start(0, data.resolve("kafka"));
        this.mongo = EmbeddedMongo.start(0, data.resolve("mongo.mv"));
        this.client = MongoClients.create("mongodb://127.0.0.1:" + mongo.port());
    }

    static synchronized ReliabilityPlatform get() {
        if (shared == null) {
            try {
                shared = new ReliabilityPlatform(Files.createTempDirectory("reliability"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            trustTestIssuer();
            for (Svc service : Svc.values()) {
                shared.start(service);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "reliability-platform-stop"));
        }
        return shared;
    }

    /**
     * Staff APIs need a bearer token (docs/security.md): the development issuer of test-support, started before the
     * services, is trusted by every service started afterwards, and {@code Http} attaches its token to every call.
     */
    private static void trustTestIssuer() {
        TestTokens.issuer();
    }

    /** Starts (or starts again) one service on a free port against its own database. */
    synchronized void start(Svc service) {
        if (services.containsKey(service)) {
            return;
        }
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--platform.kafka-monitor.interval=1s",
                // a crashed relay pass keeps its lease: a short one lets the next pass take over quickly
                "--platform.outbox.lease=1s",
                // the driver fails fast while the Mongo-wire server is away, so health turns DOWN within seconds
                "--spring.mongodb.uri=" + mongo.uri(service.database) + "?serverSelectionTimeoutMS=3000&connectTimeoutMS=2000"));
        // every test request comes from one address: the per-client public limit would throttle the checks themselves
        args.add("--platform.public.rate-limit.requests-per-second=100000");
        if (service == Svc.DISCLOSURE) {
            args.add("--disclosure.provincial.simulator.enabled=true");
            args.add("--disclosure.provincial.base-url=http://127.0.0.1:${local.server.port}/simulator/province");
            // a multi-day provincial outage in seconds: the per-record backoff (30 s .. 1 h in production) and the time
            // the circuit stays open are scaled down; the mechanics are the same
            // a push pass cut off by the database outage keeps its lease on the records it took (2 min in production):
            // scaled down too, longer than the 5 s time limit of one push so that a slow push is never sent twice at once
            args.add("--disclosure.provincial.lease=10s");
            args.add("--disclosure.provincial.backoff-initial=1s");
            args.add("--disclosure.provincial.backoff-max=4s");
            args.add("--resilience4j.circuitbreaker.instances.provincial.wait-duration-in-open-state=3s");
        }
        services.put(service, service.builder.get().run(args.toArray(String[]::new)));
        log.info("{} started on {}", service.group, url(service));
    }

    /** Stops one service as a process would be stopped: its context closes, its database and topics stay. */
    synchronized void stop(Svc service) {
        ConfigurableApplicationContext context = services.remove(service);
        if (context != null) {
            context.close();
        }
    }

    ConfigurableApplicationContext context(Svc service) {
        return services.get(service);
    }

    String url(Svc service) {
        return "http://127.0.0.1:" + services.get(service).getEnvironment().getProperty("local.server.port");
    }

    String url(Svc service, String path) {
        return url(service) + path;
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    EmbeddedMongo mongo() {
        return mongo;
    }

    /** A plain driver connection to the Mongo-wire server, for digests and counts (never for writes). */
    MongoClient mongoClient() {
        return client;
    }

    PlatformState state() {
        return new PlatformState(this);
    }

    /** Nothing pending: every stored event on Kafka, every consumer caught up. */
    void awaitQuiet() {
        state().awaitQuiet(java.time.Duration.ofSeconds(120));
    }

    Path dataDirectory() {
        return data;
    }

    synchronized void close() {
        List<Svc> reverse = new ArrayList<>(services.keySet());
        java.util.Collections.reverse(reverse);
        for (Svc service : reverse) {
            try {
                stop(service);
            } catch (RuntimeException e) {
                log.warn("{} did not stop cleanly: {}", service.group, e.toString());
            }
        }
        client.close();
        mongo.close();
        kafka.close();
    }
}
