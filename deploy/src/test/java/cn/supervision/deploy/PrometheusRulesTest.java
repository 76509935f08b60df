package cn.supervision.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The alert rules are valid and behave as their unit tests say, checked by Prometheus' own promtool. */
class PrometheusRulesTest {

    static final Path PROMETHEUS = ComposeFileTest.ROOT.resolve("deploy/prometheus");

    static String promtool(String... args) throws IOException, InterruptedException {
        // CI installs promtool (.ci/install-tools); on a machine without it there is nothing to run the rules with
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/promtool")), "promtool is not installed (see .ci/install-tools)");
        List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/promtool"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(PROMETHEUS.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void alertRulesAreValid() throws Exception {
        assertThat(promtool("check", "rules", "alerts.yml")).contains("SUCCESS");
    }

    @Test
    void alertRulesPassTheirUnitTests() throws Exception {
        assertThat(promtool("test", "rules", "alerts-test.yml", "alerts-coverage-test.yml")).contains("SUCCESS").doesNotContain("FAILED");
    }

    @Test
    void bothScrapeConfigurationsAreValidAndLoadTheRules() throws Exception {
        assertThat(promtool("check", "config", "prometheus.yml")).contains("1 rule files found");
        assertThat(promtool("check", "config", "prometheus-local.yml")).contains("1 rule files found");
    }

    @Test
    void everyAlertHasARunbookEntry() throws IOException {
        String runbook = Files.readString(ComposeFileTest.ROOT.resolve("docs/runbook.md"));
        for (String line : Files.readAllLines(PROMETHEUS.resolve("alerts.yml"))) {
            if (line.strip().startsWith("- alert:")) {
                String alert = line.substring(line.indexOf(':') + 1).strip();
                assertThat(runbook).as("runbook section for " + alert).contains("## " + alert);
            }
        }
    }
}
