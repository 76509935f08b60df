package cn.supervision.localinfra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one node), run in this JVM.
 * Its log directory may be kept between runs, so events accepted before a restart are still there after it.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private final KafkaConfig config;
    private final int port;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(KafkaConfig config, KafkaRaftServer server, int port) {
        this.config = config;
        this.server = server;
        this.port = port;
    }

    /** Starts a broker on {@code port} (0 = any free port) keeping its data in {@code logDir}. */
    public static EmbeddedKafkaBroker start(int port, Path logDir) {
        int brokerPort = port == 0 ? freePort() : port;
        int controllerPort = freePort();
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toAbsolutePath().toString());
        props.put("num.partitions", "3");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "true");
        props.put("log.flush.interval.messages", "1");
        props.put("unstable.api.versions.enable", "false");
        format(props, logDir);
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return new EmbeddedKafkaBroker(config, server, brokerPort);
    }

    // Formatting writes meta.properties once; an already formatted directory is kept as it is.
    private static void format(Properties props, Path logDir) {
        try {
            Files.createDirectories(logDir);
            if (Files.exists(logDir.resolve("meta.properties"))) {
                return;
            }
            Path config = Files.createTempFile("kraft", ".properties");
            try (var out = Files.newOutputStream(config)) {
                props.store(out, "embedded broker");
            }
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            int exit = StorageTool.execute(new String[] {"format", "--ignore-formatted",
                    "-t", Uuid.randomUuid().toString(), "-c", config.toString()},
                    new PrintStream(captured, true, StandardCharsets.UTF_8));
            Files.deleteIfExists(config);
            if (exit != 0) {
                throw new IllegalStateException("Kafka storage format failed: " + captured.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka storage format failed", e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Fault injection (reliability tests): stops the broker, keeping its log directory and ports for {@link #restart()}. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    /** Starts a stopped broker again on the same ports and log directory: what it had acknowledged is still there. */
    public synchronized void restart() {
        if (server == null) {
            KafkaRaftServer again = new KafkaRaftServer(config, Time.SYSTEM);
            again.startup();
            server = again;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
