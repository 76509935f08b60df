package cn.supervision.inspection.records;

import cn.supervision.inspection.InspectionIntegrationTest;
import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static cn.supervision.inspection.records.Draws.HOUSING_INSPECTOR;
import static cn.supervision.inspection.records.Draws.OBJECT_ID;
import static cn.supervision.inspection.records.Draws.SAFETY_INSPECTOR;
import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal is problem+json naming the field at fault, and stores nothing. */
@InspectionIntegrationTest
class ResultRefusalsTest {

    @LocalServerPort
    int port;

    String record;

    @BeforeEach
    void openRecord() {
        String taskId = Draws.uniqueTaskId();
        Draws.openRecord("http://127.0.0.1:" + port, taskId);
        record = "http://127.0.0.1:" + port + "/inspections/" + taskId + "/" + OBJECT_ID;
    }

    static String entry(String inspector, String itemJson) {
        return """
                {"inspectorId": "%s", "items": [%s]}""".formatted(inspector, itemJson);
    }

    static final String HOUSING_OK = """
            {"checkItem": "JZ-001", "category": "1", "methods": ["ON_SITE"]}""";

    void assertRefused(Http.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).as(response.body()).contains(field);
        assertThat(Http.get(record).json().get("status").asString()).as("nothing stored").isEqualTo("ASSIGNED");
    }

    @Test
    void refusesAnUnknownCategoryNamingItsItem() {
        Http.Response refused = Http.put(record + "/results", entry(HOUSING_INSPECTOR, HOUSING_OK.replace("\"1\"", "\"Z\"")));
        assertRefused(refused, 400, "items[0].category");
        assertThat(refused.body()).contains("allowed").doesNotContain("Exception");
    }

    @Test
    void namesTheSecondItemWhenOnlyItIsWrong() {
        String body = """
                {"inspectorId": "%s", "items": [%s, {"checkItem": "JZ-002", "category": "G", "methods": ["ON_SITE"]}]}"""
                .formatted(HOUSING_INSPECTOR, HOUSING_OK);
        assertRefused(Http.put(record + "/results", body), 400, "items[1].category");
    }

    @Test
    void refusesUnknownMethodsAndAMissingMethod() {
        assertRefused(Http.put(record + "/results", entry(HOUSING_INSPECTOR, HOUSING_OK.replace("ON_SITE", "BY_PHONE"))), 400,
                "items[0].methods[0]");
        assertRefused(Http.put(record + "/results", entry(HOUSING_INSPECTOR, HOUSING_OK.replace("\"ON_SITE\"", ""))), 400, "items[0].methods");
    }

    @Test
    void refusesAViolationWithoutLegalProvisionAndAProblemCategoryWithoutViolation() {
        String noProvision = """
                {"checkItem": "ZA-001", "category": "A", "methods": ["ON_SITE"],
                 "violation": {"severity": "GENERAL", "measure": "CASE_REFERRAL"}}""";
        assertRefused(Http.put(record + "/results", entry(SAFETY_INSPECTOR, noProvision)), 400, "items[0].violation.legalProvision");

        String noViolation = """
                {"checkItem": "ZA-001", "category": "B", "methods": ["DOCUMENTS"]}""";
        assertRefused(Http.put(record + "/results", entry(SAFETY_INSPECTOR, noViolation)), 400, "items[0].violation");

        String badSeverity = """
                {"checkItem": "ZA-001", "category": "D", "methods": ["ON_SITE"],
                 "violation": {"legalProvision": "《建筑法》第六十五条", "severity": "HUGE", "measure": "RECTIFICATION_ORDER"}}""";
        Http.Response refused = Http.put(record + "/results", entry(SAFETY_INSPECTOR, badSeverity));
        assertRefused(refused, 400, "items[0].violation.severity");
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("items[0].violation.rectificationDeadline");
    }

    @Test
    void refusesAnInspectorNotAssignedToTheRecord() {
        assertRefused(Http.put(record + "/results", entry("LT-OTHER-777", HOUSING_OK)), 422, "inspectorId");
    }

    @Test
    void refusesAnItemNotInTheRecordAndAnotherDepartmentsItem() {
        assertRefused(Http.put(record + "/results", entry(HOUSING_INSPECTOR, HOUSING_OK.replace("JZ-001", "JZ-999"))), 422, "items[0].checkItem");
        String safetyItem = """
                {"checkItem": "ZA-001", "category": "1", "methods": ["ON_SITE"]}""";
        assertRefused(Http.put(record + "/results", entry(HOUSING_INSPECTOR, safetyItem)), 422, "items[0].checkItem");
    }

    @Test
    void refusesMissingFieldsAndAnUnknownDecision() {
        assertRefused(Http.put(record + "/results", "{\"items\": []}"), 400, "inspectorId");
        assertRefused(Http.post(record + "/review", "{\"reviewerId\": \"LT-SH-009\", \"decision\": \"MAYBE\"}"), 400, "decision");
    }

    @Test
    void refusesReviewOfARecordNotSubmittedAndApprovalByOneOfItsInspectors() {
        assertRefused(Http.post(record + "/review", "{\"reviewerId\": \"LT-SH-009\", \"decision\": \"APPROVE\"}"), 409, "status");

        assertThat(Http.put(record + "/results", entry(HOUSING_INSPECTOR, HOUSING_OK)).status()).isEqualTo(200);
        String safetyOk = """
                {"checkItem": "ZA-001", "category": "1", "methods": ["ON_SITE"]}""";
        assertThat(Http.put(record + "/results", entry(SAFETY_INSPECTOR, safetyOk)).json().get("status").asString()).isEqualTo("SUBMITTED");

        Http.Response ownReview = Http.post(record + "/review", "{\"reviewerId\": \"" + SAFETY_INSPECTOR + "\", \"decision\": \"APPROVE\"}");
        assertThat(ownReview.status()).as(ownReview.body()).isEqualTo(422);
        assertThat(ownReview.json().get("errors").get(0).get("field").asString()).isEqualTo("reviewerId");

        Http.Response noReason = Http.post(record + "/review", "{\"reviewerId\": \"LT-SH-009\", \"decision\": \"RETURN\"}");
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(Http.get(record).json().get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void answers404ForAnUnknownRecord() {
        Http.Response missing = Http.get(record.replace(OBJECT_ID, "NO-SUCH-OBJECT"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(Http.put(record.replace(OBJECT_ID, "NO-SUCH-OBJECT") + "/results", entry(HOUSING_INSPECTOR, HOUSING_OK)).status()).isEqualTo(404);
    }

    @Test
    void isHealthyAndDocumentsItsApi() {
        String base = record.substring(0, record.indexOf("/inspections"));
        assertThat(Http.get(base + "/actuator/health").json().get("status").asString()).isEqualTo("UP");
        assertThat(Http.get(base + "/v3/api-docs").json().get("paths").has("/inspections/{taskId}/{objectId}/results")).isTrue();
    }
}
