package cn.supervision.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import cn.supervision.localinfra.EmbeddedKafkaBroker;
import cn.supervision.localinfra.EmbeddedMongo;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * One Kafka broker and one MongoDB server per test JVM, started on first use and stopped at exit.
 * With a Docker engine: the real {@code apache/kafka} and {@code mongo} images. Without (our CI): a KRaft broker
 * and mongo-java-server in this JVM. {@code SUPERVISION_TEST_SERVERS=embedded|containers} forces one.
 */
public final class TestServers {

    private static TestServers instance;

    private final String kafkaBootstrapServers;
    private final String mongoBaseUri;
    private final boolean containers;

    private TestServers(String kafkaBootstrapServers, String mongoBaseUri, boolean containers) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoBaseUri = mongoBaseUri;
        this.containers = containers;
    }

    public static synchronized TestServers get() {
        if (instance == null) {
            instance = useContainers() ? startContainers() : startEmbedded();
            TestTokens.issuer(); // services started against these servers trust the test issuer
        }
        return instance;
    }

    private static boolean useContainers() {
        String forced = System.getenv("SUPERVISION_TEST_SERVERS");
        if ("embedded".equals(forced)) {
            return false;
        }
        if ("containers".equals(forced)) {
            return true;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    private static TestServers startContainers() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
        MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
        kafka.start();
        mongo.start();
        String uri = mongo.getReplicaSetUrl();
        return new TestServers(kafka.getBootstrapServers(), uri.substring(0, uri.lastIndexOf('/')), true);
    }

    private static TestServers startEmbedded() {
        try {
            EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(0, Files.createTempDirectory("kafka-test"));
            EmbeddedMongo mongo = EmbeddedMongo.start(0, null);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                mongo.close();
                kafka.close();
            }, "test-servers-stop"));
            return new TestServers(kafka.bootstrapServers(), "mongodb://127.0.0.1:" + mongo.port(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** A connection string for a database of its own, so tests never see each other's data. */
    public String mongoUri(String database) {
        return mongoBaseUri + "/" + database + (containers ? "?directConnection=true" : "");
    }

    public boolean containers() {
        return containers;
    }
}
