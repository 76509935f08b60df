package cn.supervision.deploy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.read.ListAppender;
import cn.supervision.draw.VerifierCli;
import cn.supervision.platform.inbox.EventInbox;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Eventually;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole platform in one run, every step a real REST call or a real Kafka event on one broker:
 * registry → sampling read model → freeze and DRAW-1 draw → inspection record → result with a violation →
 * review → public record without login → credit record.
 */
@org.junit.jupiter.api.Order(1)
class WalkingSkeletonTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
    }

    static String url(Service service, String path) {
        return platform.url(service) + path;
    }

    static void created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void aViolationFoundInARandomInspectionBecomesPublicAndEntersTheCreditFile() throws Exception {
        for (Service service : Service.values()) {
            assertThat(Http.get(url(service, "/actuator/health")).json().get("status").asString()).as(service.serviceName).isEqualTo("UP");
            assertThat(Http.get(url(service, "/actuator/prometheus")).body()).as(service.serviceName).contains("supervision_outbox_backlog");
            assertThat(Http.get(url(service, "/v3/api-docs")).json().get("paths").size()).as(service.serviceName).isPositive();
        }
        // 一单两库: check items, objects, inspectors of two departments
        created(Http.post(url(Service.REGISTRY, "/check-items"), """
                {"code": "E2E-JZ", "name": "建筑业企业资质情况检查", "legalBasis": "《建筑业企业资质管理规定》第三十五条", "department": "housing-market",
                 "objectType": "ENTERPRISE", "content": "资质", "methods": ["ON_SITE"], "kind": "GENERAL"}"""));
        created(Http.post(url(Service.REGISTRY, "/check-items"), """
                {"code": "E2E-ZA", "name": "建设工程质量安全检查", "legalBasis": "《建设工程安全生产管理条例》第四十条", "department": "quality-safety",
                 "objectType": "ENTERPRISE", "content": "安全", "methods": ["ON_SITE"], "kind": "KEY"}"""));
        List<String> usccs = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String uscc = LongtingDemo.uscc(900 + i);
            usccs.add(uscc);
            created(Http.post(url(Service.REGISTRY, "/objects"), """
                    {"uscc": "%s", "name": "开封市龙亭区第%d建筑有限公司", "type": "ENTERPRISE", "industry": "建筑业", "region": "410202",
                     "address": "龙亭区", "supervisingDepartments": ["housing-market", "quality-safety"]}""".formatted(uscc, i)));
        }
        for (String inspector : List.of("HM-1:housing-market", "HM-2:housing-market", "QS-1:quality-safety", "QS-2:quality-safety")) {
            String[] parts = inspector.split(":");
            created(Http.post(url(Service.REGISTRY, "/inspectors"), """
                    {"certificateNumber": "%s", "name": "检查员%s", "department": "%s", "qualifications": ["ENTERPRISE"], "region": "410202",
                     "idNumber": "41020219800101123X", "phone": "13800000000"}""".formatted(parts[0], parts[0], parts[1])));
        }

        // sampling's own read model catches up from registry's events
        Eventually.get("sampling read model holds 4 objects and 4 inspectors", WAIT, () -> {
            JsonNode population = Http.get(url(Service.SAMPLING, "/population")).json();
            return population.get("objects").asLong() == 4 && population.get("inspectors").asLong() == 4 ? population : null;
        });

        // a joint task, frozen and drawn with DRAW-1
        created(Http.post(url(Service.SAMPLING, "/tasks"), """
                {"taskId": "E2E-2026-001", "name": "端到端联合抽查", "initiatingDepartment": "housing-market", "objectTypes": ["ENTERPRISE"],
                 "checkItems": [{"department": "housing-market", "code": "E2E-JZ"}, {"department": "quality-safety", "code": "E2E-ZA"}],
                 "strata": [{"name": "all", "ratioBp": 5000}],
                 "teams": [{"department": "housing-market", "count": 1}, {"department": "quality-safety", "count": 1}],
                 "entropySource": "numbers read out by two witnesses", "dueDate": "2026-12-31"}"""));
        JsonNode frozen = Http.post(url(Service.SAMPLING, "/tasks/E2E-2026-001/freeze"), "{}").json();
        assertThat(frozen.get("freeze").get("commitment").asString()).hasSize(64);
        assertThat(frozen.get("eligibleObjects").asInt()).isEqualTo(4);
        Http.Response drawn = Http.post(url(Service.SAMPLING, "/tasks/E2E-2026-001/draw"), "{\"publicEntropy\": \"07 19 33 41 02\"}");
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);
        assertThat(Http.post(url(Service.SAMPLING, "/tasks/E2E-2026-001/draw"), "{\"publicEntropy\": \"again\"}").status()).isEqualTo(409);

        // anyone can replay the draw with the stand-alone verifier
        String transcript = Http.get(url(Service.SAMPLING, "/tasks/E2E-2026-001/transcript")).body();
        Path file = Files.createTempFile("transcript", ".json");
        Files.writeString(file, transcript);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifierCli.run(new String[] {"verify", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("VALID");
        assertThat(exit).isZero();

        JsonNode selected = Http.parse(transcript).get("result").get("selected");
        assertThat(selected.size()).isEqualTo(2);
        String objectId = selected.get(0).get("objectId").asString();
        List<String> inspectors = new ArrayList<>();
        selected.get(0).get("inspectors").forEach(i -> inspectors.add(i.asString()));
        assertThat(inspectors).hasSize(2);

        TopicReader.Record sampleDrawn = TopicReader.readUntil(platform.kafkaBootstrapServers(), "sampling.draws", r -> objectId.equals(r.key()), WAIT)
                .stream().filter(r -> objectId.equals(r.key())).findFirst().orElseThrow();
        assertThat(sampleDrawn.header("ce_type")).isEqualTo("sampling.SampleDrawn.v1");
        assertThat(Contracts.violations("sampling.SampleDrawn.v1", sampleDrawn.body())).isEmpty();

        // inspection opened one record for the joint visit
        String record = "/inspections/E2E-2026-001/" + objectId;
        Eventually.get("inspection record opened", WAIT, () -> Http.get(url(Service.INSPECTION, record)).status() == 200 ? true : null);
        String housingInspector = inspectors.stream().filter(i -> i.startsWith("HM")).findFirst().orElseThrow();
        String safetyInspector = inspectors.stream().filter(i -> i.startsWith("QS")).findFirst().orElseThrow();
        Http.Response first = Http.put(url(Service.INSPECTION, record + "/results"), """
                {"inspectorId": "%s", "items": [{"checkItem": "E2E-JZ", "category": "1", "methods": ["ON_SITE"], "findings": "资质齐全"}]}"""
                .formatted(housingInspector));
        assertThat(first.status()).as(first.body()).isBetween(200, 204);
        Http.Response second = Http.put(url(Service.INSPECTION, record + "/results"), """
                {"inspectorId": "%s", "items": [{"checkItem": "E2E-ZA", "category": "A", "methods": ["ON_SITE"], "findings": "脚手架未设防护栏",
                  "violation": {"legalProvision": "《建设工程安全生产管理条例》第六十五条", "severity": "GENERAL",
                                "measure": "RECTIFICATION_ORDER", "rectificationDeadline": "2026-12-20"}}]}""".formatted(safetyInspector));
        assertThat(second.status()).as(second.body()).isBetween(200, 204);
        // the approval carries a trace: the credit record it causes must be logged in the same trace
        ListAppender<ILoggingEvent> inboxLog = new ListAppender<>();
        inboxLog.start();
        ((Logger) LoggerFactory.getLogger(EventInbox.class)).addAppender(inboxLog);
        String traceId = "4bf92f3577b34da6a3ce929d0e0e" + String.format("%04x", (int) (Math.random() * 0xffff));
        Set<String> servicesInTrace = ConcurrentHashMap.newKeySet();
        AppenderBase<ILoggingEvent> traced = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent line) {
                if (traceId.equals(line.getMDCPropertyMap().get("traceId")) && line.getMDCPropertyMap().get("service") != null) {
                    servicesInTrace.add(line.getMDCPropertyMap().get("service"));
                }
            }
        };
        traced.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(traced);
        Http.Response approved = Http.post(url(Service.INSPECTION, record + "/review"),
                "{\"reviewerId\": \"REVIEWER-1\", \"decision\": \"APPROVE\"}", "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
        assertThat(approved.status()).as(approved.body()).isBetween(200, 204);

        // disclosure serves the public record without login; credit holds the violation
        JsonNode published = Eventually.get("public result", WAIT, () -> {
            JsonNode page = Http.get(url(Service.DISCLOSURE, "/public/results?uscc=" + objectId)).json();
            JsonNode items = page.get("items");
            return items != null && items.size() == 1 ? items.get(0) : null;
        });
        assertThat(published.toString()).contains("E2E-2026-001").doesNotContain("41020219800101123X").doesNotContain(housingInspector);
        // the embedded default pushes every public record to its provincial simulator
        Eventually.get("the result at the provincial simulator", WAIT, () -> {
            String received = Http.get(url(Service.DISCLOSURE, "/simulator/province/admin/records")).body();
            return received.contains(objectId) && received.contains("E2E-2026-001") ? received : null;
        });
        JsonNode creditFile = Eventually.get("credit file with the violation", WAIT, () -> {
            Http.Response response = Http.get(url(Service.CREDIT, "/credit-files/" + objectId));
            return response.status() == 200 && response.body().contains("《建设工程安全生产管理条例》第六十五条") ? response.json() : null;
        });
        assertThat(creditFile.toString()).contains("VIOLATION").contains("RECTIFICATION_ORDER");
        List<ILoggingEvent> creditApplied = Eventually.get("credit's log line for the violation", WAIT, () -> {
            List<ILoggingEvent> lines = inboxLog.list.stream().filter(e -> "credit-service".equals(e.getMDCPropertyMap().get("service"))
                    && e.getFormattedMessage().contains("applied inspection.ViolationFound")).toList();
            return lines.isEmpty() ? null : lines;
        });
        assertThat(creditApplied.get(0).getMDCPropertyMap()).containsEntry("traceId", traceId);
        // the result's trace reaches every service: disclosure, credit and sampling consume the result, registry and
        // sampling the credit change it causes
        Eventually.get("all five services logging in the result's trace", WAIT, () -> servicesInTrace.size() == 5 ? true : null);
        assertThat(servicesInTrace).containsExactlyInAnyOrder("registry-service", "sampling-service", "inspection-service",
                "disclosure-service", "credit-service");
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(traced);
        ((Logger) LoggerFactory.getLogger(EventInbox.class)).detachAppender(inboxLog);
    }
}
