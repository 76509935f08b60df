package cn.supervision.sampling.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.supervision.sampling.SamplingIntegrationTest;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Eventually;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import cn.supervision.testsupport.TopicWriter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static cn.supervision.sampling.Events.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

@SamplingIntegrationTest
class ShortfallAndFollowUpTest {

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void awaitInspector(String id) {
        Eventually.get(id, WAIT, () -> Http.get(url("/population/inspectors/" + id)).status() == 200 ? true : null);
    }

    TopicReader.Record sampleDrawn(String objectId, String taskId) {
        return TopicReader.readUntil("sampling.draws", r -> objectId.equals(r.key()) && r.body().contains("\"" + taskId + "\""), WAIT).stream()
                .filter(r -> objectId.equals(r.key()) && r.body().contains("\"" + taskId + "\"")).findFirst().orElseThrow();
    }

    @Test
    void anObjectShortOfInspectorsWaitsUntilStaffNameThemAsAManualAssignment() {
        String type = "SF_ENT";
        cn.supervision.sampling.Events.checkItem("SF-JZ", "sf-housing", type, "ACTIVE");
        cn.supervision.sampling.Events.checkItem("SF-ZA", "sf-safety", type, "ACTIVE");
        cn.supervision.sampling.Events.object("SF-OBJ-0", null, type, "OPERATING", "B", List.of("sf-housing"));
        cn.supervision.sampling.Events.object("SF-OBJ-1", null, type, "OPERATING", "B", List.of("sf-housing"));
        cn.supervision.sampling.Events.inspector("SF-H1", "sf-housing", List.of(type), "ACTIVE", "[]", List.of());
        cn.supervision.sampling.Events.inspector("SF-H2", "sf-housing", List.of(type), "ACTIVE", "[]", List.of());
        cn.supervision.sampling.Events.inspector("SF-S1", "sf-safety", List.of("SF-ZA"), "ACTIVE", "[]", List.of("SF-OBJ-1"));
        awaitInspector("SF-S1");
        Eventually.get("objects", WAIT, () -> Http.get(url("/population/objects/SF-OBJ-1")).status() == 200 ? true : null);
        assertThat(Http.post(url("/tasks"), """
                {"taskId": "SF-1", "name": "缺员演示", "initiatingDepartment": "sf-housing", "objectTypes": ["%s"],
                 "checkItems": [{"department": "sf-housing", "code": "SF-JZ"}, {"department": "sf-safety", "code": "SF-ZA"}],
                 "strata": [{"name": "all", "ratioBp": 10000}],
                 "teams": [{"department": "sf-housing", "count": 1}, {"department": "sf-safety", "count": 1}],
                 "entropySource": "witnesses", "dueDate": "%s"}""".formatted(type, LocalDate.now().plusMonths(1))).status()).isEqualTo(201);
        // SF-H2 is away this week: set aside before the freeze, with a reason (audited)
        Http.Response setAside = Http.post(url("/tasks/SF-1/inspector-exclusions"), "{\"inspectorId\": \"SF-H2\", \"reason\": \"出差\"}");
        assertThat(setAside.status()).as(setAside.body()).isEqualTo(200);
        assertThat(setAside.json().get("staffExclusions").get(0).get("by").asString()).isEqualTo("平台管理员");
        JsonNode frozen = Http.post(url("/tasks/SF-1/freeze"), "{}").json();
        assertThat(frozen.get("rosterLeftOut").get("EXCLUDED_BY_STAFF").asInt()).isEqualTo(1);
        JsonNode drawn = Http.post(url("/tasks/SF-1/draw"), "{\"publicEntropy\": \"3 1 4 1 5\"}").json();
        assertThat(drawn.get("blockedByShortfall").asInt()).as("SF-S1 must recuse from SF-OBJ-1").isEqualTo(1);

        Eventually.get("unresolved shortfall gauge", WAIT, () -> Http.get(url("/actuator/prometheus")).body().lines()
                .anyMatch(l -> l.startsWith("supervision_sampling_shortfalls_unresolved") && l.contains("department=\"sf-safety\"")
                        && l.endsWith(" 1.0")) ? true : null);
        JsonNode shortfalls = Http.get(url("/tasks/SF-1/shortfalls")).json();
        assertThat(shortfalls.size()).isEqualTo(1);
        assertThat(shortfalls.get(0).get("objectId").asString()).isEqualTo("SF-OBJ-1");
        assertThat(shortfalls.get(0).get("missing").get(0).get("department").asString()).isEqualTo("sf-safety");
        assertThat(Http.parse(sampleDrawn("SF-OBJ-0", "SF-1").body()).get("inspectors").size()).isEqualTo(2);

        // the conflicted inspector cannot be named; a newly enrolled one can
        Http.Response refused = Http.post(url("/tasks/SF-1/shortfalls/SF-OBJ-1/resolution"), "{\"inspectors\": [\"SF-S1\"], \"reason\": \"补足\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("inspectors[0]");
        cn.supervision.sampling.Events.inspector("SF-S2", "sf-safety", List.of("SF-ZA"), "ACTIVE", "[]", List.of());
        awaitInspector("SF-S2");
        Http.Response resolved = Http.post(url("/tasks/SF-1/shortfalls/SF-OBJ-1/resolution"),
                "{\"inspectors\": [\"SF-S2\"], \"reason\": \"质量安全科新调入检查员\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(Http.post(url("/tasks/SF-1/shortfalls/SF-OBJ-1/resolution"), "{\"inspectors\": [\"SF-S2\"], \"reason\": \"again\"}").status())
                .isEqualTo(409);

        TopicReader.Record event = sampleDrawn("SF-OBJ-1", "SF-1");
        Eventually.get("gauge back to zero", WAIT, () -> Http.get(url("/actuator/prometheus")).body().lines()
                .anyMatch(l -> l.startsWith("supervision_sampling_shortfalls_unresolved") && l.contains("department=\"sf-safety\"")
                        && l.endsWith(" 0.0")) ? true : null);
        assertThat(Contracts.violations("sampling.SampleDrawn.v1", event.body())).isEmpty();
        JsonNode body = Http.parse(event.body());
        assertThat(body.get("shortfalls").size()).isZero();
        assertThat(body.get("inspectors").findValuesAsString("inspectorId")).contains("SF-S2");
        assertThat(body.get("manualAssignments").get(0).get("assignedBy").asString()).isEqualTo("平台管理员");
        List<String> kinds = Http.get(url("/draw-log?taskId=SF-1")).json().findValuesAsString("kind");
        assertThat(kinds).contains("INSPECTOR_EXCLUDED", "DRAW", "MANUAL_ASSIGNMENT");
    }

    @Test
    void aFollowUpRequestOpensOneNonRandomTaskAssignedByLeastLoadEvenWhenRedelivered() {
        String object = "FU-OBJ-1";
        cn.supervision.sampling.Events.checkItem("FU-ZA", "fu-safety", "ENTERPRISE", "ACTIVE");
        cn.supervision.sampling.Events.object(object, null, "ENTERPRISE", "OPERATING", "C", List.of("fu-safety"));
        cn.supervision.sampling.Events.inspector("FU-S1", "fu-safety", List.of("ENTERPRISE"), "ACTIVE", "[]", List.of(object));
        cn.supervision.sampling.Events.inspector("FU-S2", "fu-safety", List.of("ENTERPRISE"), "ACTIVE", "[]", List.of());
        cn.supervision.sampling.Events.inspector("FU-S3", "fu-safety", List.of("FU-ZA"), "ACTIVE", "[]", List.of());
        awaitInspector("FU-S3");
        String request = """
                {"followUpId": "FU-TEST-1", "objectId": "%s", "uscc": null, "objectName": "整改对象", "objectType": "ENTERPRISE",
                 "reason": "RECTIFICATION_DUE", "department": "fu-safety", "checkItems": ["FU-ZA"], "dueDate": "%s", "requestedAt": "%s"}"""
                .formatted(object, LocalDate.now().plusDays(20), Instant.now());
        assertThat(Contracts.violations("credit.FollowUpRequested.v1", request)).isEmpty();
        TopicWriter.send("credit.follow-ups", object, "credit.FollowUpRequested.v1", UUID.randomUUID().toString(), request);
        TopicWriter.send("credit.follow-ups", object, "credit.FollowUpRequested.v1", UUID.randomUUID().toString(), request);

        JsonNode task = Eventually.get("follow-up task", WAIT, () -> {
            Http.Response r = Http.get(url("/tasks/FU-TEST-1"));
            return r.status() == 200 ? r.json() : null;
        });
        assertThat(task.get("taskType").asString()).isEqualTo("FOLLOW_UP");
        assertThat(task.get("random").asBoolean()).isFalse();
        assertThat(task.get("state").asString()).isEqualTo("ASSIGNED");
        JsonNode drawn = Http.parse(sampleDrawn(object, "FU-TEST-1").body());
        assertThat(Contracts.violations("sampling.SampleDrawn.v1", drawn.toString())).isEmpty();
        assertThat(drawn.get("taskType").asString()).isEqualTo("FOLLOW_UP");
        assertThat(drawn.get("rank").isNull()).isTrue();
        assertThat(drawn.get("stratum").asString()).isEqualTo("follow-up");
        assertThat(drawn.get("followUpId").asString()).isEqualTo("FU-TEST-1");
        assertThat(drawn.get("inspectors").findValuesAsString("inspectorId")).as("FU-S1 declared a conflict").containsExactlyInAnyOrder("FU-S2", "FU-S3");
        assertThat(drawn.get("manualAssignments").size()).isEqualTo(2);

        // the redelivered request (another event id, same followUpId) created nothing new
        Eventually.get("both requests consumed", WAIT, () -> Http.get(url("/actuator/prometheus")).body().lines()
                .filter(l -> l.startsWith("supervision_events_consumed_total") && l.contains("consumer=\"creditFollowUps\"")
                        && l.contains("outcome=\"applied\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum() >= 2 ? true : null);
        assertThat(Http.get(url("/tasks?type=FOLLOW_UP")).json().findValuesAsString("taskId").stream().filter("FU-TEST-1"::equals)).hasSize(1);
        assertThat(Http.get(url("/draw-log?taskId=FU-TEST-1")).json().findValuesAsString("kind")).containsExactly("FOLLOW_UP_ASSIGNED");
        long events = TopicReader.readAtLeast("sampling.draws", Integer.MAX_VALUE, java.time.Duration.ofSeconds(3)).stream()
                .filter(r -> object.equals(r.key())).count();
        assertThat(events).isEqualTo(1);

        // a follow-up is not drawn and cannot be frozen or self-checked
        assertThat(Http.post(url("/tasks/FU-TEST-1/freeze"), "{}").status()).isEqualTo(422);
        assertThat(Http.get(url("/public/tasks/FU-TEST-1/was-i-drawn?uscc=91410202MA0000001X")).status()).isEqualTo(422);
    }
}
