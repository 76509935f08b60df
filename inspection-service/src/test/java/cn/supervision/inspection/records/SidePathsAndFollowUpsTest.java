package cn.supervision.inspection.records;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import cn.supervision.inspection.InspectionIntegrationTest;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

import static cn.supervision.inspection.records.Draws.HOUSING_INSPECTOR;
import static cn.supervision.inspection.records.Draws.OBJECT_ID;
import static cn.supervision.inspection.records.Draws.SAFETY_INSPECTOR;
import static org.assertj.core.api.Assertions.assertThat;

/** Visits that end on a side path, and follow-up (non-random) inspections asked for by credit. */
@InspectionIntegrationTest
class SidePathsAndFollowUpsTest {

    static final String REVIEWER = "LT-SH-009";

    @LocalServerPort
    int port;

    String record(String taskId) {
        return "http://127.0.0.1:" + port + "/inspections/" + taskId + "/" + OBJECT_ID;
    }

    static List<TopicReader.Record> eventsOf(String taskId, String lastType) {
        return TopicReader.readUntil("inspection.results", r -> lastType.equals(r.header("ce_type")) && r.body().contains(taskId),
                Duration.ofSeconds(60)).stream().filter(r -> r.body().contains("\"" + taskId + "\"")).toList();
    }

    @Test
    void aRefusalEndsTheRecordWithCategory8AndIsPublishedOnApproval() {
        String taskId = Draws.uniqueTaskId();
        Draws.openRecord("http://127.0.0.1:" + port, taskId);
        String record = record(taskId);
        Http.put(record + "/results", """
                {"inspectorId": "%s", "draft": true, "items": [{"checkItem": "JZ-001", "category": "1", "methods": ["ON_SITE"]}]}"""
                .formatted(HOUSING_INSPECTOR));

        Http.Response unknown = Http.post(record + "/outcome", "{\"inspectorId\": \"%s\", \"outcome\": \"GONE\", \"reason\": \"x\"}"
                .formatted(SAFETY_INSPECTOR));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("outcome");

        Http.Response refused = Http.post(record + "/outcome", """
                {"inspectorId": "%s", "outcome": "REFUSED", "reason": "负责人拒绝检查人员进入施工现场"}""".formatted(SAFETY_INSPECTOR));
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(refused.json().get("items").findValuesAsString("category")).containsExactly("8", "8");
        assertThat(refused.json().get("outcome").get("category").asString()).isEqualTo("8");
        assertThat(Http.post(record + "/review", "{\"reviewerId\": \"%s\", \"decision\": \"APPROVE\"}".formatted(REVIEWER)).status()).isEqualTo(200);

        List<TopicReader.Record> events = eventsOf(taskId, "inspection.InspectionRefused.v1");
        assertThat(events).extracting(r -> r.header("ce_type")).containsExactly("inspection.InspectionCompleted.v1", "inspection.InspectionRefused.v1");
        events.forEach(e -> assertThat(Contracts.violations(e.header("ce_type"), e.body())).as(e.body()).isEmpty());
        JsonNode refusal = Http.parse(events.get(1).body());
        assertThat(refusal.get("reason").asString()).isEqualTo("负责人拒绝检查人员进入施工现场");
        assertThat(refusal.get("category").asString()).isEqualTo("8");
        assertThat(events.get(1).key()).isEqualTo(OBJECT_ID);
        assertThat(Http.parse(events.get(0).body()).get("outcome").asString()).isEqualTo("REFUSED");

        JsonNode log = Http.get(record + "/log").json();
        assertThat(log.findValuesAsString("action")).containsSubsequence("RESULT_ENTERED", "OUTCOME_DECLARED", "SUBMITTED", "APPROVED");
    }

    @Test
    void eachSidePathEndsWithItsCategoryAndAReturnedOneCanBeWithdrawnByEnteringResults() {
        String[][] paths = {{"NOT_REACHABLE", "6"}, {"CLOSED_OR_LIQUIDATING", "7"}, {"DEREGISTERED", "9"}, {"NO_RELEVANT_ACTIVITY", "F"}};
        for (String[] path : paths) {
            String taskId = Draws.uniqueTaskId();
            Draws.openRecord("http://127.0.0.1:" + port, taskId);
            Http.Response ended = Http.post(record(taskId) + "/outcome", """
                    {"inspectorId": "%s", "outcome": "%s", "reason": "现场核实"}""".formatted(HOUSING_INSPECTOR, path[0]));
            assertThat(ended.json().get("items").findValuesAsString("category")).as(path[0]).containsExactly(path[1], path[1]);
        }

        String taskId = Draws.uniqueTaskId();
        Draws.openRecord("http://127.0.0.1:" + port, taskId);
        String record = record(taskId);
        Http.post(record + "/outcome", "{\"inspectorId\": \"%s\", \"outcome\": \"NOT_REACHABLE\", \"reason\": \"登记地址为空置厂房\"}"
                .formatted(HOUSING_INSPECTOR));
        Http.post(record + "/review", "{\"reviewerId\": \"%s\", \"decision\": \"RETURN\", \"reason\": \"请再联系负责人\"}".formatted(REVIEWER));
        Http.Response entered = Http.put(record + "/results", """
                {"inspectorId": "%s", "items": [{"checkItem": "JZ-001", "category": "1", "methods": ["ON_SITE"]}]}""".formatted(HOUSING_INSPECTOR));
        assertThat(entered.json().get("status").asString()).as(entered.body()).isEqualTo("IN_PROGRESS");
        assertThat(entered.json().get("outcome")).isInstanceOf(NullNode.class);
        assertThat(entered.json().get("missingItems").get(0).asString()).isEqualTo("ZA-001");
        JsonNode log = Http.get(record + "/log").json();
        JsonNode withdrawn = log.get(log.size() - 2);
        assertThat(withdrawn.get("action").asString()).isEqualTo("OUTCOME_WITHDRAWN");
        assertThat(withdrawn.get("corrects").asLong()).isEqualTo(2);
        assertThat(Http.get(record + "/log/verify").json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aFollowUpDrawOpensANonRandomRecordWhoseEventsCarryTheFollowUp() {
        String taskId = Draws.uniqueTaskId();
        Consumer<ObjectNode> followUp = body -> {
            body.put("taskType", "FOLLOW_UP");
            body.putNull("rank");
            body.put("stratum", "follow-up");
            body.put("followUpId", "FU-" + taskId);
            body.put("taskName", "责令整改后续检查");
        };
        ObjectNode sent = (ObjectNode) Http.parse(Draws.sampleDrawn(taskId));
        followUp.accept(sent);
        assertThat(Contracts.violations("sampling.SampleDrawn.v1", sent.toString())).as("the agreed follow-up shape").isEmpty();
        Draws.openRecord("http://127.0.0.1:" + port, taskId, followUp);
        String record = record(taskId);
        JsonNode opened = Http.get(record).json();
        assertThat(opened.get("taskType").asString()).isEqualTo("FOLLOW_UP");
        assertThat(opened.get("random").asBoolean()).isFalse();
        assertThat(opened.get("followUpId").asString()).isEqualTo("FU-" + taskId);

        Http.put(record + "/results", """
                {"inspectorId": "%s", "items": [{"checkItem": "JZ-001", "category": "1", "methods": ["ON_SITE"]}]}""".formatted(HOUSING_INSPECTOR));
        Http.put(record + "/results", """
                {"inspectorId": "%s", "items": [{"checkItem": "ZA-001", "category": "A", "methods": ["ON_SITE"],
                 "violation": {"legalProvision": "《建设工程安全生产管理条例》第六十五条", "severity": "MINOR", "measure": "RECTIFICATION_ORDER",
                 "rectificationDeadline": "2099-05-01"}}]}""".formatted(SAFETY_INSPECTOR));
        assertThat(Http.post(record + "/review", "{\"reviewerId\": \"%s\", \"decision\": \"APPROVE\"}".formatted(REVIEWER)).status()).isEqualTo(200);

        List<TopicReader.Record> events = eventsOf(taskId, "inspection.ViolationFound.v1");
        assertThat(events).hasSize(2);
        for (TopicReader.Record event : events) {
            assertThat(Contracts.violations(event.header("ce_type"), event.body())).as(event.body()).isEmpty();
            assertThat(Http.parse(event.body()).get("followUpId").asString()).isEqualTo("FU-" + taskId);
        }
        assertThat(Http.parse(events.get(0).body()).get("taskType").asString()).isEqualTo("FOLLOW_UP");
    }
}
