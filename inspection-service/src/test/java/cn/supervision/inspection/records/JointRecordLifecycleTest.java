package cn.supervision.inspection.records;

import java.time.Duration;
import java.util.List;

import cn.supervision.inspection.InspectionIntegrationTest;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

import static cn.supervision.inspection.records.Draws.HOUSING_INSPECTOR;
import static cn.supervision.inspection.records.Draws.OBJECT_ID;
import static cn.supervision.inspection.records.Draws.SAFETY_INSPECTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The "done when": a joint record worked by two departments' inspectors, returned once, corrected and approved;
 * evidence attached with a hash that checks; a log that verifies, and fails at the one entry altered in the database.
 */
@InspectionIntegrationTest
class JointRecordLifecycleTest {

    static final String REVIEWER = "LT-SH-009";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static String safetyResult(String provision, String measure) {
        return """
                {"inspectorId": "%s", "draft": true, "items": [{"checkItem": "ZA-001", "category": "D", "methods": ["ON_SITE", "TESTING"],
                 "findings": "混凝土试块强度不足且伪造检测报告", "violation": {"legalProvision": "%s", "severity": "SERIOUS",
                 "measure": "%s", "referredTo": "开封市公安局龙亭分局"}}]}""".formatted(SAFETY_INSPECTOR, provision, measure);
    }

    @Test
    void aJointRecordIsWorkedByTwoDepartmentsReturnedOnceCorrectedApprovedAndItsLogAndEvidenceCheck() {
        String taskId = Draws.uniqueTaskId();
        Draws.openRecord(url(""), taskId);
        String record = url("/inspections/" + taskId + "/" + OBJECT_ID);

        // notified, visited
        Http.Response notified = Http.post(record + "/notice", """
                {"inspectorId": "%s", "visitDate": "2099-01-10", "toPrepare": "资质证书原件、施工日志、检测报告"}""".formatted(HOUSING_INSPECTOR));
        assertThat(notified.status()).as(notified.body()).isEqualTo(200);
        assertThat(notified.json().get("status").asString()).isEqualTo("NOTIFIED");
        Http.Response visiting = Http.post(record + "/visit", "{\"inspectorId\": \"%s\"}".formatted(SAFETY_INSPECTOR));
        assertThat(visiting.json().get("status").asString()).as(visiting.body()).isEqualTo("IN_PROGRESS");

        // each department its own part, as drafts; submission refused while an item is missing
        Http.Response housing = Http.put(record + "/results", """
                {"inspectorId": "%s", "draft": true, "items": [{"checkItem": "JZ-001", "category": "1", "methods": ["ON_SITE", "DOCUMENTS"]}]}"""
                .formatted(HOUSING_INSPECTOR));
        assertThat(housing.status()).as(housing.body()).isEqualTo(200);
        Http.Response early = Http.post(record + "/submit", "{\"inspectorId\": \"%s\"}".formatted(HOUSING_INSPECTOR));
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("items");
        assertThat(early.body()).contains("ZA-001");

        Http.Response safety = Http.put(record + "/results", safetyResult("《建设工程质量管理条例》第六十五条", "CRIMINAL_REFERRAL"));
        assertThat(safety.json().get("status").asString()).as("a complete draft is not submitted").isEqualTo("IN_PROGRESS");

        // evidence: a photo, its hash as computed here, the same upload again kept once
        byte[] photo = Uploads.jpeg(20_000);
        Http.Response uploaded = Uploads.upload(record + "/evidence", SAFETY_INSPECTOR, "试块照片.jpg", "image/jpeg", photo);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String evidenceId = uploaded.json().get("evidenceId").asString();
        assertThat(uploaded.json().get("sha256").asString()).isEqualTo(Uploads.sha256(photo));
        assertThat(uploaded.json().get("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(uploaded.json().get("size").asLong()).isEqualTo(photo.length);
        Http.Response again = Uploads.upload(record + "/evidence", SAFETY_INSPECTOR, "试块照片.jpg", "image/jpeg", photo);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("evidenceId").asString()).isEqualTo(evidenceId);
        assertThat(Uploads.download(record + "/evidence/" + evidenceId)).isEqualTo(photo);
        JsonNode check = Http.get(record + "/evidence/" + evidenceId + "/verify").json();
        assertThat(check.get("intact").asBoolean()).as(check.toString()).isTrue();
        assertThat(Http.get(record).json().get("evidence").size()).isEqualTo(1);
        assertThat(mongo.count(new Query(where("metadata.recordId").is(taskId + "/" + OBJECT_ID)), "evidence.files")).isEqualTo(1);

        assertThat(Http.post(record + "/submit", "{\"inspectorId\": \"%s\"}".formatted(SAFETY_INSPECTOR)).json().get("status").asString())
                .isEqualTo("SUBMITTED");
        assertThat(Http.post(record + "/submit", "{\"inspectorId\": \"%s\"}".formatted(SAFETY_INSPECTOR)).status()).as("submitting again").isEqualTo(200);

        // approval by one of the record's own inspectors is refused; the reviewer returns once
        assertThat(Http.post(record + "/review", "{\"reviewerId\": \"%s\", \"decision\": \"APPROVE\"}".formatted(HOUSING_INSPECTOR)).status())
                .isEqualTo(422);
        Http.Response returned = Http.post(record + "/review", """
                {"reviewerId": "%s", "decision": "RETURN", "reason": "条款应写明第几项"}""".formatted(REVIEWER));
        assertThat(returned.json().get("status").asString()).as(returned.body()).isEqualTo("RETURNED");

        Http.Response corrected = Http.put(record + "/results", safetyResult("《建设工程质量管理条例》第六十五条第一款", "CRIMINAL_REFERRAL")
                .replace("\"draft\": true", "\"draft\": false"));
        assertThat(corrected.json().get("status").asString()).as(corrected.body()).isEqualTo("SUBMITTED");
        Http.Response approved = Http.post(record + "/review", "{\"reviewerId\": \"%s\", \"decision\": \"APPROVE\"}".formatted(REVIEWER));
        assertThat(approved.json().get("status").asString()).as(approved.body()).isEqualTo("COMPLETED");
        assertThat(Uploads.upload(record + "/evidence", SAFETY_INSPECTOR, "late.jpg", "image/jpeg", Uploads.jpeg(1000)).status())
                .as("evidence after completion").isEqualTo(409);

        // events: completed, the violation, the criminal referral; each valid against its contract
        List<TopicReader.Record> ours = TopicReader.readUntil("inspection.results",
                        r -> "inspection.CriminalReferralMade.v1".equals(r.header("ce_type")) && r.body().contains(taskId), Duration.ofSeconds(60))
                .stream().filter(r -> r.body().contains("\"" + taskId + "\"")).toList();
        assertThat(ours).extracting(r -> r.header("ce_type"))
                .containsExactly("inspection.InspectionCompleted.v1", "inspection.ViolationFound.v1", "inspection.CriminalReferralMade.v1");
        ours.forEach(e -> assertThat(Contracts.violations(e.header("ce_type"), e.body())).as(e.body()).isEmpty());
        JsonNode referral = Http.parse(ours.get(2).body());
        assertThat(referral.get("legalProvision").asString()).isEqualTo("《建设工程质量管理条例》第六十五条第一款");
        assertThat(referral.get("referredTo").asString()).isEqualTo("开封市公安局龙亭分局");
        assertThat(referral.get("violationId").asString()).isEqualTo(taskId + "/" + OBJECT_ID + "/ZA-001");
        JsonNode completed = Http.parse(ours.get(0).body());
        assertThat(completed.get("taskType").asString()).isEqualTo("RANDOM");
        assertThat(completed.get("inspectedOn").asString()).as("the day of the visit").isEqualTo(visiting.json().get("visitedOn").asString());

        // the log: every step, the correction pointing at what it corrects, the chain intact
        JsonNode log = Http.get(record + "/log").json();
        assertThat(log.findValuesAsString("action")).containsExactly("OPENED", "NOTIFIED", "VISIT_STARTED", "RESULT_ENTERED", "RESULT_ENTERED",
                "EVIDENCE_ADDED", "SUBMITTED", "RETURNED", "RESULT_CORRECTED", "SUBMITTED", "APPROVED");
        JsonNode correction = log.get(8);
        assertThat(correction.get("corrects").asLong()).isEqualTo(log.get(4).get("seq").asLong());
        assertThat(correction.get("actor").asString()).isEqualTo(SAFETY_INSPECTOR);
        for (int i = 1; i < log.size(); i++) {
            assertThat(log.get(i).get("previousHash").asString()).isEqualTo(log.get(i - 1).get("hash").asString());
        }
        Draws.await(() -> mongo.count(new Query(where("recordId").is(taskId + "/" + OBJECT_ID)), "inspection_log") == 11, "log stored");
        JsonNode verdict = Http.get(record + "/log/verify").json();
        assertThat(verdict.get("intact").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.get("entries").asInt()).isEqualTo(11);

        // someone with database access rewrites the finding of entry 5: verification fails at that entry
        mongo.updateFirst(new Query(where("_id").is(taskId + "/" + OBJECT_ID + "#5")), new Update().set("details.category", "1"), "inspection_log");
        JsonNode broken = Http.get(record + "/log/verify").json();
        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.get("firstBrokenSeq").asLong()).as(broken.toString()).isEqualTo(5);
        assertThat(broken.get("reason").asString()).contains("altered");

        assertThat(Http.get(url("/actuator/prometheus")).body()).contains("supervision_inspection_log_verifications_total{outcome=\"broken\"")
                .contains("supervision_inspection_completed_total");
    }

    @Test
    void aRemovedLogEntryIsFoundAtItsPlace() {
        String taskId = Draws.uniqueTaskId();
        Draws.openRecord(url(""), taskId);
        String record = url("/inspections/" + taskId + "/" + OBJECT_ID);
        Http.post(record + "/visit", "{\"inspectorId\": \"%s\"}".formatted(SAFETY_INSPECTOR));
        Http.put(record + "/results", """
                {"inspectorId": "%s", "items": [{"checkItem": "JZ-001", "category": "1", "methods": ["ON_SITE"]}]}""".formatted(HOUSING_INSPECTOR));
        Draws.await(() -> mongo.count(new Query(where("recordId").is(taskId + "/" + OBJECT_ID)), "inspection_log") == 3, "log stored");
        assertThat(Http.get(record + "/log/verify").json().get("intact").asBoolean()).isTrue();

        mongo.remove(new Query(where("_id").is(taskId + "/" + OBJECT_ID + "#3")), "inspection_log");
        JsonNode tail = Http.get(record + "/log/verify").json();
        assertThat(tail.get("intact").asBoolean()).isFalse();
        assertThat(tail.get("firstBrokenSeq").asLong()).as("the last entry removed: " + tail).isEqualTo(3);

        mongo.remove(new Query(where("_id").is(taskId + "/" + OBJECT_ID + "#2")), "inspection_log");
        assertThat(Http.get(record + "/log/verify").json().get("firstBrokenSeq").asLong()).isEqualTo(2);
    }
}
