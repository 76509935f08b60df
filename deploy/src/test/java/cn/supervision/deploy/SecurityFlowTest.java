package cn.supervision.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.supervision.localinfra.DemoUsers;
import cn.supervision.localinfra.DevIssuer;
import cn.supervision.testsupport.Eventually;
import cn.supervision.testsupport.Http;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security end to end (issue 9), through the launcher and its development issuer: two departments run a joint
 * inspection with their own real tokens; another department's clerk, inspector and an auditor are refused and the
 * attempts audited; the auditor lists who changed an object and when; no inspector's ID number or phone appears in
 * any event on any topic, in the public pages, or in the logs.
 */
@org.junit.jupiter.api.Order(4)
class SecurityFlowTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    /** The personal data entered for the two inspectors: it must stay inside the registry. */
    static final List<String> SENSITIVE = List.of("410202198503157719", "13937810001", "41020219900202567X", "13837810002");
    static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
    }

    static String url(Service service, String path) {
        return platform.url(service) + path;
    }

    @Test
    void tokensRolesAndDepartmentsDecideWhoDoesWhatAndEveryWriteIsAudited() throws Exception {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        try {
            authentication();
            jointInspectionOfTwoDepartments();
        } finally {
            root.detachAppender(logs);
        }
        for (ILoggingEvent line : logs.list) {
            for (String value : SENSITIVE) {
                assertThat(line.getFormattedMessage()).as("log line of %s", line.getLoggerName()).doesNotContain(value);
            }
        }
        List<String> events = everyEventOnEveryTopic();
        assertThat(events).as("events read from the broker").hasSizeGreaterThan(10);
        for (String event : events) {
            for (String value : SENSITIVE) {
                assertThat(event).as("an event").doesNotContain(value);
            }
        }
    }

    void authentication() {
        Http.Response none = Http.anonymous().get(url(Service.REGISTRY, "/objects"));
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.body()).doesNotContain("Exception").doesNotContain("at org.");
        DemoUsers.User hmAdmin = DemoUsers.find("hm-admin");
        String expired = platform.issuer().token(hmAdmin, Instant.now().minus(Duration.ofHours(3)), Duration.ofHours(1));
        assertThat(Http.withToken(expired).get(url(Service.REGISTRY, "/objects")).status()).isEqualTo(401);
        try (DevIssuer stranger = DevIssuer.start(0)) {
            assertThat(Http.withToken(stranger.token("admin")).get(url(Service.SAMPLING, "/tasks")).status()).as("signed by another key")
                    .isEqualTo(401);
        }
        assertThat(Http.withToken("not.a.jwt").post(url(Service.REGISTRY, "/objects"), "{}").status()).isEqualTo(401);
        // the public stays anonymous
        assertThat(Http.anonymous().get(url(Service.REGISTRY, "/public/check-items")).status()).isEqualTo(200);
        assertThat(Http.anonymous().get(url(Service.DISCLOSURE, "/public/results")).status()).isEqualTo(200);
        assertThat(Http.anonymous().get(url(Service.CREDIT, "/actuator/health")).status()).isEqualTo(200);
    }

    void jointInspectionOfTwoDepartments() throws Exception {
        Http.Caller hmAdmin = Http.as("hm-admin");
        Http.Caller qsAdmin = Http.as("qs-admin");
        Http.Caller hmStaff = Http.as("hm-staff");
        Http.Caller auditor = Http.as("auditor");
        String registry = platform.url(Service.REGISTRY);

        // 一单两库, each department its own part
        created(hmAdmin.post(registry + "/check-items", item("SEC-JZ", "housing-market")));
        created(qsAdmin.post(registry + "/check-items", item("SEC-ZA", "quality-safety")));
        Http.Response foreign = qsAdmin.put(registry + "/check-items/SEC-JZ", "{\"name\": \"改他科的事项\", \"reason\": \"越权\"}");
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(403);
        assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("department");
        created(hmAdmin.post(registry + "/inspectors", inspector("LT-HOUS-001", "housing-market", SENSITIVE.get(0), SENSITIVE.get(1))));
        created(qsAdmin.post(registry + "/inspectors", inspector("LT-QUAL-001", "quality-safety", SENSITIVE.get(2), SENSITIVE.get(3))));
        // staff may not enrol inspectors, whatever the body claims
        assertThat(hmStaff.post(registry + "/inspectors", inspector("LT-HOUS-009", "housing-market", "410202198503157700", "13900000000"))
                .status()).isEqualTo(403);
        created(hmStaff.post(registry + "/objects", """
                {"code": "SEC-XM-001", "name": "龙亭区安全测试地块建设项目", "type": "CONSTRUCTION_PROJECT", "industry": "建筑业", "region": "410202",
                 "address": "开封市龙亭区", "supervisingDepartments": ["housing-market", "quality-safety"]}"""));
        Http.Response moved = hmStaff.put(registry + "/objects/SEC-XM-001", "{\"address\": \"开封市龙亭区北道门\", \"reason\": \"地址更正\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        // hardening: an oversized or deeply nested body is refused before anything parses it
        Http.Response deep = hmStaff.post(registry + "/objects", "[".repeat(200) + "]".repeat(200));
        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
        assertThat(hmStaff.post(registry + "/objects", "{\"name\": \"" + "x".repeat(1_100_000) + "\"}").status()).isEqualTo(413);
        // the auditor reads everything and writes nothing
        assertThat(auditor.get(registry + "/objects/SEC-XM-001").status()).isEqualTo(200);
        assertThat(auditor.put(registry + "/objects/SEC-XM-001", "{\"address\": \"x\", \"reason\": \"y\"}").status()).isEqualTo(403);

        // 审计: who changed the object and when, with before and after; the refused attempts are there too
        JsonNode trail = auditor.get(registry + "/audit?entityId=SEC-XM-001").json();
        List<String> who = new ArrayList<>();
        trail.forEach(entry -> who.add(entry.get("user").asString() + " " + entry.get("method").asString() + " " + entry.get("status").asInt()));
        assertThat(who).contains("hm-staff POST 201", "hm-staff PUT 200", "auditor PUT 403");
        JsonNode change = find(trail, "PUT", 200);
        assertThat(change.get("before").get("address").asString()).isEqualTo("开封市龙亭区");
        assertThat(change.get("after").get("address").asString()).isEqualTo("开封市龙亭区北道门");
        assertThat(change.get("department").asString()).isEqualTo("housing-market");
        assertThat(change.get("role").asString()).isEqualTo("DEPARTMENT_STAFF");
        assertThat(change.get("requestId").asString()).isNotBlank();
        assertThat(change.get("at").asString()).isNotBlank();
        JsonNode refused = auditor.get(registry + "/audit?user=qs-admin").json();
        assertThat(refused.toString()).contains("/check-items/SEC-JZ").contains("403");
        assertThat(Http.as("hm-admin").get(registry + "/audit").status()).as("the audit trail is for auditors").isEqualTo(403);

        // 双随机: a joint task, published and frozen by housing-market, drawn by quality-safety (a participant)
        Eventually.get("sampling knows the object and both inspectors", WAIT, () ->
                Http.get(url(Service.SAMPLING, "/population/objects/SEC-XM-001")).status() == 200
                        && Http.get(url(Service.SAMPLING, "/population/inspectors/LT-HOUS-001")).status() == 200
                        && Http.get(url(Service.SAMPLING, "/population/inspectors/LT-QUAL-001")).status() == 200
                        && Http.get(url(Service.SAMPLING, "/population/check-items/SEC-ZA")).status() == 200 ? true : null);
        created(hmAdmin.post(url(Service.SAMPLING, "/tasks"), """
                {"taskId": "SEC-2026-001", "name": "安全测试联合抽查", "initiatingDepartment": "housing-market", "objectTypes": ["CONSTRUCTION_PROJECT"],
                 "checkItems": [{"department": "housing-market", "code": "SEC-JZ"}, {"department": "quality-safety", "code": "SEC-ZA"}],
                 "strata": [{"name": "all", "ratioBp": 10000}],
                 "teams": [{"department": "housing-market", "count": 1}, {"department": "quality-safety", "count": 1}],
                 "entropySource": "two witnesses", "dueDate": "2099-12-31"}"""));
        assertThat(Http.as("re-admin").post(url(Service.SAMPLING, "/tasks/SEC-2026-001/freeze"), "{}").status())
                .as("real-estate takes no part in the task").isEqualTo(403);
        assertThat(hmAdmin.post(url(Service.SAMPLING, "/tasks/SEC-2026-001/freeze"), "{}").status()).isEqualTo(200);
        Http.Response drawn = qsAdmin.post(url(Service.SAMPLING, "/tasks/SEC-2026-001/draw"), "{\"publicEntropy\": \"11 23 35\"}");
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);

        // 检查: each department's inspector enters their own part, as themself
        String record = url(Service.INSPECTION, "/inspections/SEC-2026-001/SEC-XM-001");
        Eventually.get("inspection record opened", WAIT, () -> Http.get(record).status() == 200 ? true : null);
        Http.Response impostor = Http.as("qs-inspector-1").put(record + "/results", results("LT-HOUS-001", "SEC-JZ", "1", null));
        assertThat(impostor.status()).as("an inspector acting as another").isEqualTo(403);
        Http.Response traversal = evidence(record, "LT-HOUS-001", "../../etc/passwd.jpg");
        assertThat(traversal.status()).as(traversal.body()).isEqualTo(400);
        Http.Response housing = Http.as("hm-inspector-1").put(record + "/results", results("LT-HOUS-001", "SEC-JZ", "1", null));
        assertThat(housing.status()).as(housing.body()).isBetween(200, 204);
        Http.Response safety = Http.as("qs-inspector-1").put(record + "/results", results("LT-QUAL-001", "SEC-ZA", "A", """
                {"legalProvision": "《建设工程安全生产管理条例》第六十五条", "severity": "GENERAL", "measure": "RECTIFICATION_ORDER",
                 "rectificationDeadline": "2099-12-20"}"""));
        assertThat(safety.status()).as(safety.body()).isBetween(200, 204);
        assertThat(Http.as("hm-reviewer").post(record + "/review", "{\"reviewerId\": \"qs-reviewer\", \"decision\": \"APPROVE\"}").status())
                .as("a reviewer reviews in their own name").isEqualTo(403);
        Http.Response approved = Http.as("qs-reviewer").post(record + "/review", "{\"reviewerId\": \"qs-reviewer\", \"decision\": \"APPROVE\"}");
        assertThat(approved.status()).as(approved.body()).isBetween(200, 204);
        JsonNode inspectionTrail = auditor.get(url(Service.INSPECTION, "/audit?entityId=SEC-XM-001")).json();
        assertThat(inspectionTrail.toString()).contains("qs-reviewer").contains("hm-inspector-1").contains("\"status\":403");
        JsonNode review = find(inspectionTrail, "POST", 200);
        assertThat(review.get("before").get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(review.get("after").get("status").asString()).isEqualTo("COMPLETED");
        // the draw ceremony too: who froze and who drew, the task's state before and after
        JsonNode taskTrail = auditor.get(url(Service.SAMPLING, "/audit?entityId=SEC-2026-001")).json();
        List<String> taskChanges = new ArrayList<>();
        taskTrail.forEach(e -> taskChanges.add(e.get("user").asString() + " " + (e.get("before").isNull() ? "-" : e.get("before").get("state").asString())
                + "->" + (e.get("after").isNull() ? "-" : e.get("after").get("state").asString())));
        assertThat(taskChanges).contains("hm-admin PUBLISHED->FROZEN", "qs-admin FROZEN->DRAWN");

        // 一公开: the public record, without login, and nothing personal in it
        JsonNode published = Eventually.get("public result", WAIT, () -> {
            JsonNode page = Http.anonymous().get(url(Service.DISCLOSURE, "/public/results?name=" + java.net.URLEncoder.encode("安全测试地块",
                    StandardCharsets.UTF_8))).json();
            JsonNode items = page.get("items");
            return items != null && items.size() == 1 ? page : null;
        });
        List<String> pages = new ArrayList<>(List.of(published.toString()));
        for (String path : List.of("/public/tasks/SEC-2026-001", "/tasks/SEC-2026-001", "/public/enterprises/SEC-XM-001", "/enterprises/SEC-XM-001",
                "/public/check-items", "/check-items", "/")) {
            pages.add(Http.anonymous().get(url(Service.DISCLOSURE, path)).body());
        }
        for (String path : List.of("/public/tasks/SEC-2026-001/draw", "/public/tasks/SEC-2026-001/drawn")) {
            pages.add(Http.anonymous().get(url(Service.SAMPLING, path)).body());
        }
        pages.add(Http.anonymous().get(url(Service.REGISTRY, "/public/check-items")).body());
        for (String page : pages) {
            for (String value : SENSITIVE) {
                assertThat(page).doesNotContain(value);
            }
        }
        publicPageHeaders();
    }

    /** CORS for the public API, security headers on the public pages. */
    void publicPageHeaders() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url(Service.DISCLOSURE, "/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create(url(Service.DISCLOSURE, "/public/results")))
                .header("Origin", "https://news.example.cn").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        HttpResponse<String> staff = client.send(HttpRequest.newBuilder(URI.create(url(Service.REGISTRY, "/objects")))
                .header("Origin", "https://evil.example.com").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(staff.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    /** Every record on every topic of the broker, from the beginning, headers and body. */
    static List<String> everyEventOnEveryTopic() {
        Map<String, Object> config = new HashMap<>(Map.of("bootstrap.servers", platform.kafkaBootstrapServers(), "group.id",
                "security-scan-" + UUID.randomUUID(), "enable.auto.commit", "false"));
        List<String> seen = new ArrayList<>();
        try (Admin admin = Admin.create(config); KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            Set<String> topics = admin.listTopics().names().get();
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    StringBuilder text = new StringBuilder(record.topic()).append(' ').append(record.key()).append(' ').append(record.value());
                    for (Header header : record.headers()) {
                        text.append(' ').append(new String(header.value(), StandardCharsets.UTF_8));
                    }
                    seen.add(text.toString());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return seen;
    }

    static JsonNode find(JsonNode trail, String method, int status) {
        for (JsonNode entry : trail) {
            if (method.equals(entry.get("method").asString()) && entry.get("status").asInt() == status) {
                return entry;
            }
        }
        throw new AssertionError("no " + method + " " + status + " in " + trail);
    }

    static void created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    static String item(String code, String department) {
        return """
                {"code": "%s", "name": "安全测试事项%s", "legalBasis": "《建设工程安全生产管理条例》", "department": "%s",
                 "objectType": "CONSTRUCTION_PROJECT", "content": "检查", "methods": ["ON_SITE"], "kind": "GENERAL"}""".formatted(code, code, department);
    }

    static String inspector(String certificate, String department, String idNumber, String phone) {
        return """
                {"certificateNumber": "%s", "name": "检查员%s", "department": "%s", "qualifications": ["CONSTRUCTION_PROJECT"], "region": "410202",
                 "idNumber": "%s", "phone": "%s"}""".formatted(certificate, certificate, department, idNumber, phone);
    }

    static String results(String inspectorId, String item, String category, String violation) {
        return """
                {"inspectorId": "%s", "items": [{"checkItem": "%s", "category": "%s", "methods": ["ON_SITE"], "findings": "现场检查"%s}]}"""
                .formatted(inspectorId, item, category, violation == null ? "" : ", \"violation\": " + violation);
    }

    static Http.Response evidence(String record, String uploadedBy, String fileName) {
        String boundary = "----security" + UUID.randomUUID();
        byte[] jpeg = new byte[64];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + jpeg.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(jpeg, 0, body, start.length, jpeg.length);
        System.arraycopy(end, 0, body, start.length + jpeg.length, end.length);
        return Http.as("hm-inspector-1").send("POST", record + "/evidence?uploadedBy=" + uploadedBy, "multipart/form-data; boundary=" + boundary, body);
    }
}
