package cn.supervision.credit.followups;

import java.time.LocalDate;
import java.util.List;

import cn.supervision.credit.CreditIntegrationTest;
import cn.supervision.credit.TestClock;
import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static cn.supervision.credit.CreditScenario.COMPLETED;
import static cn.supervision.credit.CreditScenario.VIOLATION;
import static cn.supervision.credit.CreditScenario.await;
import static cn.supervision.credit.CreditScenario.example;
import static cn.supervision.credit.CreditScenario.published;
import static cn.supervision.credit.CreditScenario.send;
import static cn.supervision.credit.CreditScenario.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** 后续监管 end to end inside credit: the order falls due, a re-inspection is requested, a clean one closes it. */
@CreditIntegrationTest
class FollowUpFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static String status(JsonNode file) {
        return file.get("followUps").get(0).get("status").asString();
    }

    @Test
    void aRectificationOrderFallsDueIsReinspectedCleanAndCloses() {
        String id = unique();
        String objectId = "OBJ-" + id;
        clock.setToday(LocalDate.parse("2026-04-01"));
        send(VIOLATION, id, "ev-" + id + "-V", example(VIOLATION, id)); // the violation first: out of order on purpose
        send(COMPLETED, id, "ev-" + id + "-C", example(COMPLETED, id));
        JsonNode waiting = await(url("/credit-files/" + objectId), f -> f.get("entries").size() == 2 && f.get("followUps").size() == 1);
        assertThat(status(waiting)).isEqualTo("WAITING");
        assertThat(waiting.get("followUps").get(0).get("rectificationDeadline").asString()).isEqualTo("2026-04-22");
        assertThat(waiting.get("nextReviewOn").asString()).isEqualTo("2026-04-23");

        clock.setToday(LocalDate.parse("2026-04-22"));
        assertThat(Http.post(url("/admin/daily-run"), "").json().get("asOf").asString()).isEqualTo("2026-04-22");
        assertThat(status(Http.get(url("/credit-files/" + objectId)).json())).isEqualTo("WAITING");

        clock.setToday(LocalDate.parse("2026-04-23"));
        JsonNode run = Http.post(url("/admin/daily-run"), "").json();
        assertThat(run.get("reviewed").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode requested = Http.get(url("/credit-files/" + objectId)).json();
        assertThat(status(requested)).isEqualTo("REQUESTED");
        String followUpId = "FU-T-" + id + "-" + objectId + "-ZA-001";
        assertThat(requested.get("followUps").get(0).get("attempts").get(0).get("followUpId").asString()).isEqualTo(followUpId);

        List<JsonNode> requests = published("credit.follow-ups", "credit.FollowUpRequested.v1", objectId,
                r -> followUpId.equals(r.get("followUpId").asString()));
        assertThat(requests).hasSize(1);
        JsonNode request = requests.get(0);
        assertThat(request.get("reason").asString()).isEqualTo("RECTIFICATION_DUE");
        assertThat(request.get("department").asString()).isEqualTo("quality-safety");
        assertThat(request.get("checkItems").get(0).asString()).isEqualTo("ZA-001");
        assertThat(request.get("violationId").asString()).isEqualTo("T-" + id + "/" + objectId + "/ZA-001");
        assertThat(request.get("dueDate").asString()).isEqualTo("2026-05-11"); // 10 working days, May Day holiday skipped
        assertThat(request.get("ruleVersion").asString()).isEqualTo("2026.1");
        assertThat(Http.get(url("/follow-ups?status=REQUESTED")).body()).contains(followUpId);

        // sampling drew it as a FOLLOW_UP task, inspection found everything corrected
        clock.setToday(LocalDate.parse("2026-05-06"));
        String reinspection = example(COMPLETED, id).replace("\"taskType\": \"RANDOM\"", "\"taskType\": \"FOLLOW_UP\", \"followUpId\": \"" + followUpId + "\"")
                .replace("\"category\": \"A\"", "\"category\": \"E\"").replace("T-" + id + "/", "FT-" + id + "/")
                .replace("\"resultDate\": \"2026-03-23\"", "\"resultDate\": \"2026-05-06\"");
        send(COMPLETED, id, "ev-" + id + "-FU", reinspection);
        JsonNode closed = await(url("/credit-files/" + objectId), f -> "CLOSED".equals(status(f)));
        assertThat(closed.get("followUps").get(0).get("closedOn").asString()).isEqualTo("2026-05-06");
        assertThat(closed.get("followUps").get(0).get("attempts").get(0).get("outcome").asString()).isEqualTo("CLEAN");
        assertThat(closed.get("flags")).extracting(JsonNode::asString).doesNotContain("UNKNOWN_FOLLOW_UP");
        assertThat(Http.get(url("/follow-ups?status=REQUESTED")).body()).doesNotContain(followUpId);

        String metrics = Http.get(url("/actuator/prometheus")).body();
        assertThat(metrics).contains("supervision_credit_follow_ups_requested_total{department=\"quality-safety\",reason=\"RECTIFICATION_DUE\"")
                .contains("supervision_credit_follow_ups_outcomes_total{department=\"quality-safety\",outcome=\"CLOSED\"");
    }

    static String reinspection(String id, String followUpId, String category, String resultDate) {
        return example(COMPLETED, id).replace("\"taskType\": \"RANDOM\"", "\"taskType\": \"FOLLOW_UP\", \"followUpId\": \"" + followUpId + "\"")
                .replace("\"category\": \"A\"", "\"category\": \"" + category + "\"")
                .replace("\"resultDate\": \"2026-03-23\"", "\"resultDate\": \"" + resultDate + "\"");
    }

    @Test
    void anUnresolvedReinspectionIsRequestedAgainAndAfterTheLastOneTheObjectIsListed() {
        String id = unique();
        String objectId = "OBJ-" + id;
        String first = "FU-T-" + id + "-" + objectId + "-ZA-001";
        clock.setToday(LocalDate.parse("2026-04-01"));
        send(VIOLATION, id, "ev-" + id + "-V", example(VIOLATION, id));
        await(url("/credit-files/" + objectId), f -> f.get("followUps").size() == 1);
        clock.setToday(LocalDate.parse("2026-04-23"));
        Http.post(url("/admin/daily-run"), "");
        await(url("/credit-files/" + objectId), f -> "REQUESTED".equals(status(f)));

        // still not corrected: 10 working days again (to 2026-05-12, May Day skipped), then a second request
        send(COMPLETED, id, "ev-" + id + "-FU1", reinspection(id, first, "A", "2026-04-24"));
        JsonNode again = await(url("/credit-files/" + objectId), f -> "WAITING".equals(status(f)) && f.get("followUps").get(0).get("attempts").size() == 1
                && "UNRESOLVED".equals(f.get("followUps").get(0).get("attempts").get(0).get("outcome").asString()));
        assertThat(again.get("followUps").get(0).get("rectificationDeadline").asString()).isEqualTo("2026-05-12");
        clock.setToday(LocalDate.parse("2026-05-13"));
        Http.post(url("/admin/daily-run"), "");
        JsonNode second = published("credit.follow-ups", "credit.FollowUpRequested.v1", objectId,
                r -> (first + "-R2").equals(r.get("followUpId").asString())).stream()
                .filter(r -> (first + "-R2").equals(r.get("followUpId").asString())).findFirst().orElseThrow();
        assertThat(second.get("reason").asString()).isEqualTo("ESCALATION");
        assertThat(second.get("attempt").asInt()).isEqualTo(2);

        send(COMPLETED, id, "ev-" + id + "-FU2", reinspection(id, first + "-R2", "A", "2026-05-20"));
        JsonNode escalated = await(url("/credit-files/" + objectId), f -> "ESCALATED".equals(status(f)));
        assertThat(escalated.get("lists").get(0).get("list").asString()).isEqualTo("ABNORMAL_OPERATIONS");
        assertThat(escalated.get("lists").get(0).get("entryRule").asString()).isEqualTo("unresolved-rectification-enters-abnormal-list");
        assertThat(Http.get(url("/credit-files/" + objectId + "/risk")).body()).contains("rectification-unresolved");
        published("credit.records", "credit.CreditListChanged.v1", objectId,
                r -> "unresolved-rectification-enters-abnormal-list".equals(r.get("rule").asString()));
    }

    @Test
    void theActiveRulesAndTheApiAreDocumented() {
        assertThat(Http.get(url("/credit-rules")).json().get("version").asString()).isEqualTo("2026.1");
        JsonNode paths = Http.get(url("/v3/api-docs")).json().get("paths");
        assertThat(paths.has("/credit-files/{objectId}/risk")).isTrue();
        assertThat(paths.has("/credit-files/{objectId}/repair-applications/{applicationId}/decision")).isTrue();
        assertThat(paths.has("/admin/daily-run")).isTrue();
    }

    @Test
    void anUnknownStatusIsRefusedNamingTheField() {
        Http.Response response = Http.get(url("/follow-ups?status=LOST"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"status\"");
    }
}
