package cn.supervision.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboards and alerts do not rot: every metric a Grafana panel or a Prometheus rule queries is exported by some
 * service of the running platform. Runs after the end-to-end tests of this JVM, whose flows make the services
 * register their event-driven meters (a counter appears with its first increment).
 */
@Order(4)
class MetricsCatalogueTest {

    /** Series Prometheus makes itself rather than scraping them. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up", "ALERTS", "ALERTS_FOR_STATE");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "inf", "nan");
    private static final Pattern EXPR_LINE = Pattern.compile("^\\s*expr:\\s*(.+)$", Pattern.MULTILINE);
    private static final Pattern IDENTIFIER_NOT_CALLED = Pattern.compile("\\b[a-zA-Z_:][a-zA-Z0-9_:]*\\b(?!\\s*\\()");

    @Test
    void everyMetricADashboardOrAlertQueriesIsExported() throws IOException, InterruptedException {
        Platform platform = RunningPlatform.get();
        aYearlyPlanExists(platform);
        Set<String> queried = queriedMetrics();
        assertThat(queried).as("the extraction finds the metrics it must")
                .contains("supervision_dlq_depth", "supervision_sampling_coverage_target_ratio", "http_server_requests_seconds_bucket");

        // gauges refreshed on a schedule (coverage, credit lists) appear within seconds
        Set<String> exported = exportedMetrics(platform);
        for (long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos(); !exported.containsAll(queried) && System.nanoTime() < deadline; ) {
            Thread.sleep(1000);
            exported = exportedMetrics(platform);
        }
        assertThat(exported).containsAll(queried);
    }

    /** The plan-target gauge exists once a department has a plan for this year. */
    private static void aYearlyPlanExists(Platform platform) {
        Http.Response plan = Http.post(platform.url(Service.SAMPLING) + "/plans", """
                {"planId": "CATALOGUE-%1$d", "year": %1$d, "initiatingDepartment": "housing-market",
                 "checkItems": [{"department": "housing-market", "code": "E2E-JZ"}], "objectTypes": ["ENTERPRISE"],
                 "plannedBatches": 1, "targetCoverageBp": 1500}""".formatted(LocalDate.now().getYear()));
        assertThat(plan.status()).as(plan.body()).isIn(201, 409);
    }

    static Set<String> queriedMetrics() throws IOException {
        Set<String> names = new TreeSet<>();
        Path deploy = ComposeFileTest.ROOT.resolve("deploy");
        Matcher rule = EXPR_LINE.matcher(Files.readString(deploy.resolve("prometheus/alerts.yml")));
        while (rule.find()) {
            names.addAll(metricNames(rule.group(1)));
        }
        try (Stream<Path> dashboards = Files.list(deploy.resolve("grafana/dashboards"))) {
            for (Path dashboard : dashboards.filter(p -> p.toString().endsWith(".json")).toList()) {
                Http.parse(Files.readString(dashboard)).findValues("expr").stream().map(JsonNode::asString)
                        .forEach(expr -> names.addAll(metricNames(expr)));
            }
        }
        names.removeAll(PROMETHEUS_OWN);
        return names;
    }

    /** The metric names in a PromQL expression: identifiers left once strings, matchers, ranges and label lists are gone. */
    static Set<String> metricNames(String promql) {
        String bare = promql.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER_NOT_CALLED.matcher(bare);
        while (identifier.find()) {
            if (!KEYWORDS.contains(identifier.group())) {
                names.add(identifier.group());
            }
        }
        return names;
    }

    static Set<String> exportedMetrics(Platform platform) {
        Set<String> names = new TreeSet<>();
        for (Service service : Service.all()) {
            Http.get(platform.url(service) + "/actuator/prometheus").body().lines().filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("[{ ]", 2)[0]).forEach(names::add);
        }
        return names;
    }
}
