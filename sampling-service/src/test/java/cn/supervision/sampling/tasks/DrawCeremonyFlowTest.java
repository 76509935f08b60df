package cn.supervision.sampling.tasks;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import cn.supervision.draw.Draw1;
import cn.supervision.sampling.SamplingIntegrationTest;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Eventually;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import cn.supervision.testsupport.TopicWriter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SamplingIntegrationTest
class DrawCeremonyFlowTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Registry's events, as registry would publish them, for objects of a type unique to this test. */
    void registerDirectory(String prefix, String objectType, int objects) {
        List<String> paths = new java.util.ArrayList<>();
        checkItems();
        for (int i = 0; i < objects; i++) {
            String id = prefix + "-OBJ-" + i;
            paths.add("/population/objects/" + id);
            TopicWriter.send("registry.objects", id, "registry.ObjectRegistered.v1", UUID.randomUUID().toString(), """
                    {"objectId": "%s", "uscc": null, "name": "对象%d", "objectType": "%s", "industry": "建筑业", "region": "410202",
                     "address": "", "status": "OPERATING", "supervisingDepartments": ["housing-market"], "riskLevel": "B", "tags": []}"""
                    .formatted(id, i, objectType));
        }
        for (String department : List.of("housing-market", "quality-safety")) {
            for (int i = 0; i < 2; i++) {
                String id = prefix + "-" + department + "-" + i;
                paths.add("/population/inspectors/" + id);
                TopicWriter.send("registry.inspectors", id, "registry.InspectorChanged.v1", UUID.randomUUID().toString(), """
                        {"inspectorId": "%s", "name": "检查员", "department": "%s", "qualifications": ["%s", "JZ-001", "ZA-001"], "region": "410202", "status": "ACTIVE"}"""
                        .formatted(id, department, objectType));
            }
        }
        Eventually.get("read model has the directory", WAIT,
                () -> paths.stream().allMatch(path -> Http.get(url(path)).status() == 200) ? true : null);
    }

    void checkItems() {
        cn.supervision.sampling.Events.checkItem("JZ-001", "housing-market", "ENTERPRISE", "ACTIVE");
        cn.supervision.sampling.Events.checkItem("ZA-001", "quality-safety", "ENTERPRISE", "ACTIVE");
        Eventually.get("check items known", WAIT, () -> Http.get(url("/population/check-items/JZ-001")).status() == 200
                && Http.get(url("/population/check-items/ZA-001")).status() == 200 ? true : null);
    }

    String task(String taskId, String objectType, int ratioBp) {
        return """
                {"taskId": "%s", "name": "联合抽查", "initiatingDepartment": "housing-market", "objectTypes": ["%s"],
                 "checkItems": [{"department": "housing-market", "code": "JZ-001"}, {"department": "quality-safety", "code": "ZA-001"}],
                 "strata": [{"name": "all", "ratioBp": %d}],
                 "teams": [{"department": "housing-market", "count": 1}, {"department": "quality-safety", "count": 1}],
                 "entropySource": "witness numbers", "dueDate": "2026-12-31"}""".formatted(taskId, objectType, ratioBp);
    }

    @Test
    void freezesDrawsAndPublishesATranscriptTheVerifierAccepts() {
        registerDirectory("FLOW", "INDIVIDUAL_BUSINESS", 10);
        assertThat(Http.post(url("/tasks"), task("FLOW-1", "INDIVIDUAL_BUSINESS", 3000)).status()).isEqualTo(201);
        Http.Response notFrozen = Http.post(url("/tasks/FLOW-1/draw"), "{\"publicEntropy\": \"1 2 3\"}");
        assertThat(notFrozen.status()).isEqualTo(409);
        assertThat(notFrozen.contentType()).startsWith("application/problem+json");

        JsonNode frozen = Http.post(url("/tasks/FLOW-1/freeze"), "{}").json();
        assertThat(frozen.get("state").asString()).isEqualTo("FROZEN");
        assertThat(frozen.get("eligibleObjects").asInt()).isEqualTo(10);
        assertThat(frozen.has("secret")).isFalse();

        Http.Response badEntropy = Http.post(url("/tasks/FLOW-1/draw"), "{\"publicEntropy\": \"1,2\"}");
        assertThat(badEntropy.status()).isEqualTo(400);
        assertThat(badEntropy.json().get("errors").get(0).get("field").asString()).isEqualTo("publicEntropy");
        assertThat(Http.post(url("/tasks/FLOW-1/draw"), "{}").json().get("errors").get(0).get("field").asString()).isEqualTo("publicEntropy");

        JsonNode drawn = Http.post(url("/tasks/FLOW-1/draw"), "{\"publicEntropy\": \"07 19 33\"}").json();
        assertThat(drawn.get("state").asString()).isEqualTo("DRAWN");
        assertThat(Http.post(url("/tasks/FLOW-1/draw"), "{\"publicEntropy\": \"other\"}").status()).isEqualTo(409);

        String transcript = Http.get(url("/tasks/FLOW-1/transcript")).body();
        assertThat(Draw1.verify(transcript.getBytes(java.nio.charset.StandardCharsets.UTF_8)).valid()).isTrue();
        JsonNode selected = Http.parse(transcript).get("result").get("selected");
        assertThat(selected.size()).isEqualTo(3);

        JsonNode publicRecord = Http.get(url("/public/tasks/FLOW-1/draw")).json();
        assertThat(publicRecord.get("draw").get("secret").asString()).hasSize(64);
        assertThat(publicRecord.toString()).doesNotContain("FLOW-housing-market-0");

        String drawnId = selected.get(0).get("objectId").asString();
        TopicReader.Record event = TopicReader.readUntil("sampling.draws", r -> drawnId.equals(r.key()), WAIT).stream()
                .filter(r -> drawnId.equals(r.key())).findFirst().orElseThrow();
        assertThat(event.header("ce_type")).isEqualTo("sampling.SampleDrawn.v1");
        assertThat(Contracts.violations("sampling.SampleDrawn.v1", event.body())).isEmpty();
        assertThat(Http.parse(event.body()).get("inspectors").size()).isEqualTo(2);

        List<TopicReader.Record> taskEvents = TopicReader.readUntil("sampling.tasks",
                r -> "FLOW-1".equals(r.key()) && "sampling.DrawCommitted.v1".equals(r.header("ce_type")), WAIT);
        for (TopicReader.Record r : taskEvents.stream().filter(r -> "FLOW-1".equals(r.key())).toList()) {
            assertThat(Contracts.violations(r.header("ce_type"), r.body())).as(r.header("ce_type")).isEmpty();
        }
    }

    @Test
    void aNewFreezeNeedsAReasonAndKeepsTheOldOne() {
        registerDirectory("REFREEZE", "CONSTRUCTION_PROJECT", 3);
        Http.post(url("/tasks"), task("REFREEZE-1", "CONSTRUCTION_PROJECT", 10000));
        String first = Http.post(url("/tasks/REFREEZE-1/freeze"), "{}").json().get("freeze").get("commitment").asString();
        Http.Response again = Http.post(url("/tasks/REFREEZE-1/freeze"), "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        JsonNode second = Http.post(url("/tasks/REFREEZE-1/freeze"), "{\"reason\": \"an inspector fell ill before the draw\"}").json();
        assertThat(second.get("freeze").get("freezeNumber").asInt()).isEqualTo(2);
        assertThat(second.get("freeze").get("commitment").asString()).isNotEqualTo(first);
    }

    @Test
    void refusesBadTasksNamingEveryField() {
        checkItems();
        Http.Response refused = Http.post(url("/tasks"), task("BAD-1", "ENTERPRISE", 10001)
                .replace("\"count\": 1}, {\"department\": \"quality-safety\", \"count\": 1}", "\"count\": 1}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .contains("strata[0].ratioBp", "teams", "checkItems[1].department");
        assertThat(Http.get(url("/tasks/BAD-1")).status()).isEqualTo(404);
        assertThat(Http.post(url("/tasks/NOPE/freeze"), "{}").status()).isEqualTo(404);
        Http.Response duplicate = Http.post(url("/tasks"), task("DUP-1", "ENTERPRISE", 100));
        assertThat(duplicate.status()).isEqualTo(201);
        assertThat(Http.post(url("/tasks"), task("DUP-1", "ENTERPRISE", 100)).status()).isEqualTo(409);
    }

    @Test
    void anOldRedeliveredRegistryEventDoesNotRollTheReadModelBack() {
        java.time.Instant now = java.time.Instant.now();
        String state = """
                {"objectId": "ORDER-1", "name": "%s", "objectType": "ENTERPRISE", "region": "410202", "status": "%s",
                 "supervisingDepartments": ["housing-market"], "riskLevel": "B", "tags": []}""";
        TopicWriter.send("registry.objects", "ORDER-1", "registry.ObjectChanged.v1", UUID.randomUUID().toString(),
                state.formatted("新名称", "CLOSED"), now);
        TopicWriter.send("registry.objects", "ORDER-1", "registry.ObjectRegistered.v1", UUID.randomUUID().toString(),
                state.formatted("旧名称", "OPERATING"), now.minusSeconds(60));
        // keyed like ORDER-1 so that it lands behind the old event on the same partition
        TopicWriter.send("registry.objects", "ORDER-1", "registry.ObjectRegistered.v1", UUID.randomUUID().toString(),
                state.replace("ORDER-1", "ORDER-2").formatted("后来者", "OPERATING"), now);
        Eventually.get("later event on the same partition applied", WAIT,
                () -> Http.get(url("/population/objects/ORDER-2")).status() == 200 ? true : null);
        JsonNode stored = Http.get(url("/population/objects/ORDER-1")).json();
        assertThat(stored.get("name").asString()).isEqualTo("新名称");
        assertThat(stored.get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void readsAnEventFromAProducerThatSetsNoContentTypeHeader() {
        TopicWriter.sendRaw("registry.objects", "NO-CT-1", """
                {"objectId": "NO-CT-1", "name": "无内容类型", "objectType": "ENTERPRISE", "region": "410202", "status": "OPERATING",
                 "supervisingDepartments": ["housing-market"], "riskLevel": "B", "tags": []}""",
                "ce_id", UUID.randomUUID().toString(), "ce_type", "registry.ObjectRegistered.v1", "ce_source", "/outside",
                "ce_time", java.time.Instant.now().toString(), "ce_specversion", "1.0");
        Eventually.get("object read without content-type", WAIT,
                () -> Http.get(url("/population/objects/NO-CT-1")).status() == 200 ? true : null);
    }

    double failedRegistryObjects() {
        return Http.get(url("/actuator/prometheus")).body().lines()
                .filter(l -> l.startsWith("supervision_events_consumed_total") && l.contains("consumer=\"registryObjects\"")
                        && l.contains("outcome=\"failed\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void sendsAnUnreadableEventToTheDeadLetterTopicAtOnceAndKeepsConsuming() {
        double failedBefore = failedRegistryObjects();
        String poisonId = UUID.randomUUID().toString();
        TopicWriter.sendRaw("registry.objects", "POISON-1", "{not json", "ce_id", poisonId, "ce_type", "registry.ObjectRegistered.v1",
                "ce_source", "/outside", "ce_time", java.time.Instant.now().toString(), "ce_specversion", "1.0", "content-type", "application/json");
        TopicWriter.send("registry.objects", "POISON-1", "registry.ObjectRegistered.v1", UUID.randomUUID().toString(), """
                {"objectId": "POISON-1", "name": "毒消息之后", "objectType": "ENTERPRISE", "region": "410202", "status": "OPERATING",
                 "supervisingDepartments": ["housing-market"], "riskLevel": "B", "tags": []}""");
        TopicReader.readUntil("registry.objects.sampling-service.dlq", r -> poisonId.equals(r.header("ce_id")), WAIT);
        Eventually.get("the next event on the same key is applied", WAIT,
                () -> Http.get(url("/population/objects/POISON-1")).status() == 200 ? true : null);
        assertThat(failedRegistryObjects() - failedBefore).as("poison is not retried").isEqualTo(1.0);
    }

    @Test
    void buildsItsReadModelFromRegistrysExamplePayloads() {
        TopicWriter.send("registry.objects", "91350100M000100Y43", "registry.ObjectRegistered.v1", UUID.randomUUID().toString(),
                Contracts.example("registry.ObjectRegistered.v1"));
        TopicWriter.send("registry.inspectors", "LT-JZSC-001", "registry.InspectorChanged.v1", UUID.randomUUID().toString(),
                Contracts.example("registry.InspectorChanged.v1"));
        JsonNode object = Eventually.get("example object in the read model", WAIT, () -> {
            Http.Response r = Http.get(url("/population/objects/91350100M000100Y43"));
            return r.status() == 200 ? r.json() : null;
        });
        assertThat(object.get("riskLevel").asString()).isEqualTo("B");
        JsonNode inspector = Eventually.get("example inspector in the read model", WAIT, () -> {
            Http.Response r = Http.get(url("/population/inspectors/LT-JZSC-001"));
            return r.status() == 200 ? r.json() : null;
        });
        assertThat(inspector.get("department").asString()).isEqualTo("housing-market");
    }
}
