package cn.supervision.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.supervision.console.ConsoleApplication;
import cn.supervision.localinfra.DevIssuer;
import cn.supervision.localinfra.EmbeddedKafkaBroker;
import cn.supervision.localinfra.EmbeddedMongo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole platform in one JVM: a KRaft Kafka broker, a Mongo-wire server and the five services, each in
 * its own Spring context on its own port, then the staff console. One process means Ctrl-C (a shutdown hook) stops
 * everything, no orphans.
 */
public final class Platform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Platform.class);

    private final EmbeddedKafkaBroker kafka;
    private final EmbeddedMongo mongo;
    private final DevIssuer issuer;
    private final Map<Service, ConfigurableApplicationContext> services = new EnumMap<>(Service.class);
    private ConfigurableApplicationContext console;

    private Platform(EmbeddedKafkaBroker kafka, EmbeddedMongo mongo, DevIssuer issuer) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.issuer = issuer;
    }

    public static void main(String[] args) {
        PlatformOptions options;
        try {
            options = PlatformOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        Platform platform = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-stop"));
        if (options.prometheus()) {
            platform.startPrometheus(options);
        }
        if (options.demo()) {
            LongtingDemo.load(platform.url(Service.REGISTRY), platform.issuer.token(LongtingDemo.LOADED_BY));
        }
        System.out.println(platform.banner(Duration.ofNanos(System.nanoTime() - started)));
    }

    static Platform start(PlatformOptions options) {
        refuseInProduction(System.getenv());
        Path data = options.inMemory() ? null : options.dataDir().toAbsolutePath();
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(options.kafkaPort(), data == null ? tempDir() : data.resolve("kafka"));
        EmbeddedMongo mongo = EmbeddedMongo.start(options.mongoPort(), data == null ? null : mongoFile(data));
        DevIssuer issuer;
        try {
            issuer = DevIssuer.start(options.issuerPort());
        } catch (RuntimeException e) {
            mongo.close();
            kafka.close();
            throw e;
        }
        Platform platform = new Platform(kafka, mongo, issuer);
        try {
            platform.startServices(options);
            platform.startConsole(options);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    // One at a time: Spring Cloud Stream's binder set-up is not safe for contexts starting concurrently in one JVM.
    private void startServices(PlatformOptions options) {
        boolean fixedPorts = options.fixedPorts();
        ExecutorService starter = Executors.newSingleThreadExecutor();
        try {
            Map<Service, Future<ConfigurableApplicationContext>> starting = new EnumMap<>(Service.class);
            for (Service service : Service.all()) {
                List<String> args = new ArrayList<>(List.of(
                        "--server.port=" + (fixedPorts ? service.defaultPort : 0),
                        "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                        "--spring.mongodb.uri=" + mongo.uri(service.database),
                        "--platform.kafka-monitor.interval=" + (fixedPorts ? "15s" : "2s"),
                        // staff tokens of the development issuer; real deployments set SECURITY_JWT_* instead
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer.issuerUri(),
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuer.jwkSetUri()));
                args.addAll(service.embeddedDefaults(fixedPorts));
                if (options.jsonLogs()) {
                    args.add("--logging.structured.format.console=ecs");
                }
                starting.put(service, starter.submit(() -> service.builder.get().run(args.toArray(String[]::new))));
            }
            for (Map.Entry<Service, Future<ConfigurableApplicationContext>> entry : starting.entrySet()) {
                services.put(entry.getKey(), entry.getValue().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a service failed to start", e.getCause());
        } finally {
            starter.shutdown();
        }
    }

    /** The staff console, last: it calls the services at the ports they got and signs people in at the issuer. */
    private void startConsole(PlatformOptions options) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + (options.fixedPorts() ? CONSOLE_PORT : 0),
                "--console.identity-provider=" + issuer.issuerUri()));
        for (Service service : Service.all()) {
            args.add("--console.services." + service.database + "=" + url(service));
        }
        if (options.jsonLogs()) {
            args.add("--logging.structured.format.console=ecs");
        }
        console = ConsoleApplication.builder().run(args.toArray(String[]::new));
    }

    static final int CONSOLE_PORT = 8080;

    /** Where staff open the console: the address printed first. */
    public String consoleUrl() {
        return "http://127.0.0.1:" + console.getEnvironment().getProperty("local.server.port");
    }

    private LocalPrometheus prometheus;

    /** A local Prometheus scraping this platform, when the Debian package is installed. */
    void startPrometheus(PlatformOptions options) {
        if (!LocalPrometheus.installed()) {
            System.err.println("--prometheus: " + LocalPrometheus.BINARY + " not found; install the Debian package 'prometheus'");
            return;
        }
        Path data = options.inMemory() ? tempDir() : options.dataDir().toAbsolutePath().resolve("prometheus");
        prometheus = startPrometheus("15s", Path.of("deploy/prometheus/alerts.yml"), data, 9090);
    }

    LocalPrometheus startPrometheus(String scrapeInterval, Path rules, Path dataDir, int port) {
        List<String> targets = new ArrayList<>(Service.all().stream().map(s -> "127.0.0.1:" + port(s)).toList());
        targets.add(consoleUrl().substring("http://".length()));
        prometheus = LocalPrometheus.start(targets, scrapeInterval, rules, dataDir, port);
        return prometheus;
    }

    public int port(Service service) {
        return Integer.parseInt(services.get(service).getEnvironment().getProperty("local.server.port"));
    }

    public String url(Service service) {
        return "http://127.0.0.1:" + port(service);
    }

    /**
     * The development issuer exists only in the embedded default: a production or compose profile in the environment
     * stops the launcher before anything starts (docs/security.md).
     */
    static void refuseInProduction(Map<String, String> environment) {
        String profiles = (environment.getOrDefault("SPRING_PROFILES_ACTIVE", "") + "," + System.getProperty("spring.profiles.active", ""))
                .toLowerCase(java.util.Locale.ROOT);
        if (profiles.contains("production") || profiles.contains("compose") || environment.containsKey("SECURITY_JWT_ISSUER_URI")) {
            throw new IllegalStateException("refusing to start the development token issuer: the environment names a production profile"
                    + " or a real identity provider (SPRING_PROFILES_ACTIVE=" + environment.getOrDefault("SPRING_PROFILES_ACTIVE", "")
                    + "); run the services with their own jars instead (docker-compose.yml)");
        }
    }

    /** The development token issuer of this platform (tests sign their calls with it). */
    public DevIssuer issuer() {
        return issuer;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    String banner(Duration startup) {
        StringBuilder out = new StringBuilder("\nDouble-random supervision platform (双随机、一公开) is up in " + startup.toSeconds() + " s\n");
        out.append(String.format("%n  %-19s %s   <- open this: sign in as a demo user (e.g. hm-admin; docs/console.md)%n%n", "staff console 工作台", consoleUrl()));
        for (Service service : Service.all()) {
            out.append(String.format("  %-19s %s   (health: %s/actuator/health)%n", service.serviceName, url(service), url(service)));
        }
        out.append(String.format("  %-19s %s%n", "public results", url(Service.DISCLOSURE) + "/public/results"));
        out.append(String.format("  %-19s %s   (development only: demo users at %s/users)%n", "token issuer", issuer.issuerUri(),
                issuer.issuerUri()));
        out.append(String.format("  %-19s ./platform token hm-admin   or   curl -s -X POST %s/token -d username=hm-admin%n", "get a token",
                issuer.issuerUri()));
        out.append(String.format("  %-19s %s%n", "kafka", kafka.bootstrapServers()));
        out.append(String.format("  %-19s mongodb://127.0.0.1:%d%n", "mongodb", mongo.port()));
        if (prometheus != null) {
            out.append(String.format("  %-19s %s%n", "prometheus", prometheus.url()));
        }
        out.append("Press Ctrl-C to stop.\n");
        return out.toString();
    }

    private boolean closed;

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (console != null) {
            try {
                console.close();
            } catch (RuntimeException e) {
                log.warn("the console did not stop cleanly: {}", e.toString());
            }
        }
        List<Service> reverse = new ArrayList<>(services.keySet());
        java.util.Collections.reverse(reverse);
        for (Service service : reverse) {
            try {
                services.get(service).close();
            } catch (RuntimeException e) {
                log.warn("{} did not stop cleanly: {}", service.serviceName, e.toString());
            }
        }
        services.clear();
        if (prometheus != null) {
            prometheus.close();
        }
        issuer.close();
        mongo.close();
        kafka.close();
    }

    private static Path mongoFile(Path data) {
        try {
            Files.createDirectories(data);
            return data.resolve("mongo.mv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("supervision-kafka");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
