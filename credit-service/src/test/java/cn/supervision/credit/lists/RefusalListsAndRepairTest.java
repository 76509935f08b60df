package cn.supervision.credit.lists;

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

import static cn.supervision.credit.CreditScenario.REFERRAL;
import static cn.supervision.credit.CreditScenario.REFUSED;
import static cn.supervision.credit.CreditScenario.await;
import static cn.supervision.credit.CreditScenario.example;
import static cn.supervision.credit.CreditScenario.published;
import static cn.supervision.credit.CreditScenario.send;
import static cn.supervision.credit.CreditScenario.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** A refusal puts the object on the abnormal list, raises its level, imposes joint punishment; credit repair lifts it. */
@CreditIntegrationTest
class RefusalListsAndRepairTest {

    static final String RECORDS = "credit.records";

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

    @Test
    void aRefusalListsTheObjectRaisesItsLevelAndAnApprovedRepairTakesItOffAgain() {
        String id = unique();
        String objectId = "OBJ-" + id;
        clock.setToday(LocalDate.parse("2026-03-24"));
        send(REFUSED, id, "ev-" + id + "-R", example(REFUSED, id));

        JsonNode file = await(url("/credit-files/" + objectId), f -> f.get("lists").size() == 1);
        JsonNode stay = file.get("lists").get(0);
        assertThat(stay.get("list").asString()).isEqualTo("ABNORMAL_OPERATIONS");
        assertThat(stay.get("entryRule").asString()).isEqualTo("refusal-enters-abnormal-list");
        assertThat(stay.get("entryReason").asString()).isEqualTo("拒绝接受检查");
        assertThat(stay.get("enteredOn").asString()).isEqualTo("2026-03-23");
        assertThat(stay.get("ruleVersion").asString()).isEqualTo("2026.1");
        assertThat(file.get("entries").get(0).get("kind").asString()).isEqualTo("REFUSAL");
        assertThat(file.get("entries").get(0).get("reason").asString()).isEqualTo("负责人拒绝检查人员进入施工现场");

        // why is this business C? every part of the score, with its rule and source event
        JsonNode risk = Http.get(url("/credit-files/" + objectId + "/risk")).json();
        assertThat(risk.get("level").asString()).isEqualTo("C");
        assertThat(risk.get("score").asInt()).isEqualTo(45);
        assertThat(risk.get("ruleVersion").asString()).isEqualTo("2026.1");
        assertThat(risk.get("parts")).extracting(p -> p.get("rule").asString() + "=" + p.get("points").asInt())
                .containsExactly("refusal=30", "abnormal-operations-list=15");
        assertThat(risk.get("parts").get(0).get("sourceEventId").asString()).isEqualTo("ev-" + id + "-R");

        JsonNode entered = published(RECORDS, "credit.CreditListChanged.v1", objectId, r -> "ENTERED".equals(r.get("change").asString())).get(0);
        assertThat(entered.get("list").asString()).isEqualTo("ABNORMAL_OPERATIONS");
        assertThat(entered.get("rule").asString()).isEqualTo("refusal-enters-abnormal-list");
        assertThat(entered.get("publish").asBoolean()).isTrue();
        assertThat(entered.get("effectiveDate").asString()).isEqualTo("2026-03-23");
        JsonNode imposed = published(RECORDS, "credit.JointPunishmentImposed.v1", objectId, r -> true).get(0);
        assertThat(imposed.get("measures")).extracting(m -> m.get("code").asString()).contains("CLOSER_SUPERVISION");
        assertThat(imposed.get("measures").get(0).get("departments")).isNotEmpty();
        JsonNode raised = published(RECORDS, "credit.CreditRiskChanged.v1", objectId, r -> "C".equals(r.get("level").asString())).get(0);
        assertThat(raised.get("previousLevel").isNull()).isTrue();
        assertThat(raised.get("score").asInt()).isEqualTo(45);
        assertThat(Http.get(url("/credit-lists/ABNORMAL_OPERATIONS")).body()).contains(objectId);
        // the list's size gauge counts it (other tests' objects may be on the list too)
        cn.supervision.testsupport.Eventually.get("list size gauge", java.time.Duration.ofSeconds(20), () -> Http.get(url("/actuator/prometheus")).body()
                .lines().filter(l -> l.startsWith("supervision_credit_list_size{list=\"ABNORMAL_OPERATIONS\""))
                .anyMatch(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) >= 1) ? true : null);

        // credit repair (信用修复): not on the serious list, so nothing to repair there
        Http.Response wrongList = Http.post(url("/credit-files/" + objectId + "/repair-applications"),
                "{\"list\": \"SERIOUS_VIOLATION\", \"applicant\": \"法定代表人 张三\", \"reason\": \"已配合检查\"}");
        assertThat(wrongList.status()).isEqualTo(422);
        assertThat(wrongList.contentType()).startsWith("application/problem+json");
        assertThat(wrongList.body()).contains("\"field\":\"list\"");
        Http.Response missing = Http.post(url("/credit-files/" + objectId + "/repair-applications"), "{\"list\": \"ABNORMAL_OPERATIONS\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"applicant\"").contains("\"field\":\"reason\"");

        clock.setToday(LocalDate.parse("2026-04-10"));
        Http.Response applied = Http.post(url("/credit-files/" + objectId + "/repair-applications"),
                "{\"list\": \"ABNORMAL_OPERATIONS\", \"applicant\": \"法定代表人 张三\", \"reason\": \"已书面承诺配合检查并接受复查\"}");
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        String applicationId = applied.json().get("applicationId").asString();
        assertThat(applied.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(Http.post(url("/credit-files/" + objectId + "/repair-applications"),
                "{\"list\": \"ABNORMAL_OPERATIONS\", \"applicant\": \"张三\", \"reason\": \"again\"}").status()).isEqualTo(409);
        assertThat(Http.post(url("/credit-files/" + objectId + "/repair-applications/" + applicationId + "/decision"),
                "{\"decision\": \"MAYBE\", \"decidedBy\": \"科长 李四\"}").status()).isEqualTo(400);

        Http.Response approved = Http.post(url("/credit-files/" + objectId + "/repair-applications/" + applicationId + "/decision"),
                "{\"decision\": \"APPROVE\", \"decidedBy\": \"科长 李四\", \"note\": \"复核通过\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("ruleVersion").asString()).isEqualTo("2026.1");
        assertThat(Http.post(url("/credit-files/" + objectId + "/repair-applications/" + applicationId + "/decision"),
                "{\"decision\": \"APPROVE\", \"decidedBy\": \"科长 李四\"}").status()).isEqualTo(409);

        JsonNode repaired = Http.get(url("/credit-files/" + objectId)).json();
        assertThat(repaired.get("lists")).isEmpty();
        JsonNode left = repaired.get("listHistory").get(0);
        assertThat(left.get("leftOn").asString()).isEqualTo("2026-04-10");
        assertThat(left.get("leaveRule").asString()).isEqualTo("credit-repair");
        assertThat(left.get("leaveDecisionId").asString()).isEqualTo(applicationId);
        assertThat(repaired.get("riskLevel").asString()).isEqualTo("C"); // the refusal itself still counts: 30

        List<JsonNode> changes = published(RECORDS, "credit.CreditListChanged.v1", objectId, r -> "LEFT".equals(r.get("change").asString()));
        JsonNode leftEvent = changes.stream().filter(r -> "LEFT".equals(r.get("change").asString())).findFirst().orElseThrow();
        assertThat(leftEvent.get("decisionId").asString()).isEqualTo(applicationId);
        assertThat(leftEvent.get("effectiveDate").asString()).isEqualTo("2026-04-10");
        assertThat(published(RECORDS, "credit.JointPunishmentLifted.v1", objectId, r -> true).get(0).get("liftedOn").asString())
                .isEqualTo("2026-04-10");
        assertThat(Http.get(url("/credit-lists/ABNORMAL_OPERATIONS")).body()).doesNotContain(objectId);
        assertThat(Http.get(url("/actuator/prometheus")).body())
                .contains("supervision_credit_list_changes_total{change=\"ENTERED\",list=\"ABNORMAL_OPERATIONS\"")
                .contains("supervision_credit_repairs_total{decision=\"APPROVED\",list=\"ABNORMAL_OPERATIONS\"");
        // the approved repair is a stored fact: re-applying the file's facts gives the same lists and level
        JsonNode check = Http.post(url("/admin/replay-check"), "").json();
        assertThat(check.get("differing").toString()).doesNotContain(objectId);
        assertThat(check.get("files").asInt()).isPositive();
    }

    @Test
    void aCriminalReferralPutsTheObjectOnTheSeriousListWithItsMeasuresAndLevelD() {
        String id = unique();
        String objectId = "OBJ-" + id;
        clock.setToday(LocalDate.parse("2026-03-24"));
        send(REFERRAL, id, "ev-" + id + "-X", example(REFERRAL, id));
        JsonNode file = await(url("/credit-files/" + objectId), f -> f.get("lists").size() == 1);
        assertThat(file.get("lists").get(0).get("list").asString()).isEqualTo("SERIOUS_VIOLATION");
        assertThat(file.get("riskLevel").asString()).isEqualTo("D"); // 40 + 40
        JsonNode imposed = published(RECORDS, "credit.JointPunishmentImposed.v1", objectId, r -> true).get(0);
        assertThat(imposed.get("list").asString()).isEqualTo("SERIOUS_VIOLATION");
        assertThat(imposed.get("measures")).extracting(m -> m.get("code").asString())
                .containsExactly("RESTRICT_PUBLIC_BIDDING", "NO_QUALIFICATION_UPGRADE", "NO_GOVERNMENT_FUNDING", "CLOSER_SUPERVISION");

        // a serious listing can be repaired after a year at the earliest: refused now, naming the condition
        String applicationId = Http.post(url("/credit-files/" + objectId + "/repair-applications"),
                "{\"list\": \"SERIOUS_VIOLATION\", \"applicant\": \"张三\", \"reason\": \"已整改\"}").json().get("applicationId").asString();
        Http.Response refused = Http.post(url("/credit-files/" + objectId + "/repair-applications/" + applicationId + "/decision"),
                "{\"decision\": \"APPROVE\", \"decidedBy\": \"科长 李四\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("requires 365").contains("possible from 2027-03-23");
        assertThat(Http.get(url("/credit-files/" + objectId)).json().get("lists")).hasSize(1);
    }

    @Test
    void aRepairForAnObjectWithoutAFileIsNotFound() {
        Http.Response response = Http.post(url("/credit-files/NOBODY-" + unique() + "/repair-applications"),
                "{\"list\": \"ABNORMAL_OPERATIONS\", \"applicant\": \"张三\", \"reason\": \"x\"}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
