package cn.supervision.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus (the Debian {@code prometheus} package) scraping the embedded platform, so an operator sees the
 * metrics and the alert rules on one machine. Started as a child process and stopped with the platform.
 */
final class LocalPrometheus implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/prometheus");

    private final Process process;
    private final int port;

    private LocalPrometheus(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Scrapes {@code targets} (host:port) every {@code scrapeInterval}, with the alert rules of {@code rules}. */
    static LocalPrometheus start(List<String> targets, String scrapeInterval, Path rules, Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            Path config = dataDir.resolve("prometheus.yml");
            Files.copy(rules, dataDir.resolve("alerts.yml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(config, """
                    # written by the embedded default (LocalPrometheus)
                    global:
                      scrape_interval: %s
                      evaluation_interval: %s
                    rule_files: [alerts.yml]
                    scrape_configs:
                      - job_name: supervision
                        metrics_path: /actuator/prometheus
                        static_configs:
                          - targets: [%s]
                    """.formatted(scrapeInterval, scrapeInterval, String.join(", ", targets.stream().map(t -> "\"" + t + "\"").toList())));
            Process process = new ProcessBuilder(BINARY.toString(), "--config.file=" + config, "--storage.tsdb.path=" + dataDir.resolve("tsdb"),
                    "--web.listen-address=127.0.0.1:" + port).redirectErrorStream(true).redirectOutput(dataDir.resolve("prometheus.log").toFile())
                    .start();
            return new LocalPrometheus(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Prometheus", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
