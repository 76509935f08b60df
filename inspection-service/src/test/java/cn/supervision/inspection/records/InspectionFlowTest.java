package cn.supervision.inspection.records;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import cn.supervision.inspection.InspectionIntegrationTest;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static cn.supervision.inspection.records.Draws.HOUSING_INSPECTOR;
import static cn.supervision.inspection.records.Draws.OBJECT_ID;
import static cn.supervision.inspection.records.Draws.SAFETY_INSPECTOR;
import static org.assertj.core.api.Assertions.assertThat;

@InspectionIntegrationTest
class InspectionFlowTest {

    static final String REVIEWER = "LT-SH-009";

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static String noProblem() {
        return """
                {"inspectorId": "%s", "items": [{"checkItem": "JZ-001", "category": "1", "methods": ["ON_SITE"], "findings": "资质证书在有效期内"}]}"""
                .formatted(HOUSING_INSPECTOR);
    }

    static String safetyProblem(String provision) {
        return """
                {"inspectorId": "%s", "items": [{"checkItem": "ZA-001", "category": "A", "methods": ["ON_SITE", "DOCUMENTS"],
                 "findings": "脚手架连墙件缺失", "violation": {"legalProvision": "%s", "severity": "GENERAL",
                 "measure": "RECTIFICATION_ORDER", "rectificationDeadline": "2099-04-22"}}]}""".formatted(SAFETY_INSPECTOR, provision);
    }

    static String review(String decision, String reason) {
        return """
                {"reviewerId": "%s", "decision": "%s", "reason": %s}""".formatted(REVIEWER, decision, reason == null ? "null" : "\"" + reason + "\"");
    }

    @Test
    void bothDepartmentsEnterResultsTheReviewerReturnsThenApprovesAndTheResultsGoOutAsEvents() {
        String taskId = Draws.uniqueTaskId();
        Draws.openRecord(url(""), taskId);
        String record = url("/inspections/" + taskId + "/" + OBJECT_ID);

        Http.Response housing = Http.put(record + "/results", noProblem());
        assertThat(housing.status()).as(housing.body()).isEqualTo(200);
        assertThat(housing.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(Http.put(record + "/results", noProblem()).json().get("status").asString()).as("same entry again").isEqualTo("IN_PROGRESS");

        Http.Response safety = Http.put(record + "/results", safetyProblem("《建设工程安全生产管理条例》第六十五条"));
        assertThat(safety.status()).as(safety.body()).isEqualTo(200);
        assertThat(safety.json().get("status").asString()).isEqualTo("SUBMITTED");
        JsonNode safetyItem = safety.json().get("items").get(1);
        assertThat(safetyItem.get("category").asString()).isEqualTo("A");
        assertThat(safetyItem.get("enteredBy").asString()).isEqualTo(SAFETY_INSPECTOR);
        assertThat(safetyItem.get("violation").get("measure").asString()).isEqualTo("RECTIFICATION_ORDER");
        Http.Response again = Http.put(record + "/results", safetyProblem("《建设工程安全生产管理条例》第六十五条"));
        assertThat(again.status()).as("identical re-submission is idempotent: " + again.body()).isEqualTo(200);
        assertThat(again.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(Http.put(record + "/results", safetyProblem("另一条")).status()).as("changing submitted results").isEqualTo(409);

        Http.Response returned = Http.post(record + "/review", review("RETURN", "请写明违反的具体条款项"));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.json().get("reviews").get(0).get("reason").asString()).isEqualTo("请写明违反的具体条款项");

        Http.Response corrected = Http.put(record + "/results", safetyProblem("《建设工程安全生产管理条例》第六十五条第（四）项"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("status").asString()).isEqualTo("SUBMITTED");

        Http.Response approved = Http.post(record + "/review", review("APPROVE", null));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("COMPLETED");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(approved.json().get("resultDate").asString()).isEqualTo(today);
        assertThat(Http.post(record + "/review", review("APPROVE", null)).status()).as("repeated approval").isEqualTo(200);

        List<TopicReader.Record> records = TopicReader.readUntil("inspection.results",
                r -> "inspection.ViolationFound.v1".equals(r.header("ce_type")) && r.body().contains(taskId), Duration.ofSeconds(60));
        List<TopicReader.Record> ours = records.stream().filter(r -> r.body().contains("\"" + taskId + "\"")).toList();
        assertThat(ours).extracting(r -> r.header("ce_type")).containsExactly("inspection.InspectionCompleted.v1", "inspection.ViolationFound.v1");
        for (TopicReader.Record event : ours) {
            assertThat(event.key()).isEqualTo(OBJECT_ID);
            assertThat(event.header("ce_specversion")).isEqualTo("1.0");
            assertThat(event.header("ce_source")).isEqualTo("/inspection-service");
            assertThat(event.header("ce_subject")).isEqualTo(OBJECT_ID);
            assertThat(event.header("ce_id")).isNotBlank();
            assertThat(event.header("ce_time")).isNotBlank();
            assertThat(Contracts.violations(event.header("ce_type"), event.body())).as(event.body()).isEmpty();
        }

        JsonNode completed = Http.parse(ours.get(0).body());
        assertThat(completed.get("inspectionId").asString()).isEqualTo(taskId + "/" + OBJECT_ID);
        assertThat(completed.get("resultDate").asString()).isEqualTo(today);
        assertThat(completed.get("inspectedOn").asString()).isEqualTo(today);
        assertThat(completed.get("departments").get(0).asString()).isEqualTo("housing-market");
        assertThat(completed.get("departments").get(1).asString()).isEqualTo("quality-safety");
        assertThat(completed.get("items").findValuesAsString("category")).containsExactly("1", "A");
        assertThat(completed.get("publicSummary").asString()).isEqualTo("JZ-001：未发现问题；ZA-001：发现问题待后续处理");

        JsonNode violation = Http.parse(ours.get(1).body());
        assertThat(violation.get("violationId").asString()).isEqualTo(taskId + "/" + OBJECT_ID + "/ZA-001");
        assertThat(violation.get("department").asString()).isEqualTo("quality-safety");
        assertThat(violation.get("legalProvision").asString()).isEqualTo("《建设工程安全生产管理条例》第六十五条第（四）项");
        assertThat(violation.get("rectificationDeadline").asString()).isEqualTo("2099-04-22");
        assertThat(violation.get("foundOn").asString()).isEqualTo(today);

        assertThat(Http.get(url("/actuator/prometheus")).body()).contains("supervision_inspection_results_total{category=\"A\"");
    }

    @Test
    void bothDepartmentsEnteringAtTheSameMomentAreBothKept() {
        String taskId = Draws.uniqueTaskId();
        Draws.openRecord(url(""), taskId);
        String record = url("/inspections/" + taskId + "/" + OBJECT_ID);

        CompletableFuture<Http.Response> housing = CompletableFuture.supplyAsync(() -> Http.put(record + "/results", noProblem()));
        CompletableFuture<Http.Response> safety = CompletableFuture.supplyAsync(() -> Http.put(record + "/results", safetyProblem("《建筑法》第六十五条")));
        assertThat(housing.join().status()).as(housing.join().body()).isEqualTo(200);
        assertThat(safety.join().status()).as(safety.join().body()).isEqualTo(200);

        JsonNode stored = Http.get(record).json();
        assertThat(stored.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(stored.get("items").findValuesAsString("enteredBy")).containsExactly(HOUSING_INSPECTOR, SAFETY_INSPECTOR);
    }
}
