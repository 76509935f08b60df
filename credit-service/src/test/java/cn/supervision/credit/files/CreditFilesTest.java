package cn.supervision.credit.files;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import cn.supervision.credit.CreditIntegrationTest;
import cn.supervision.credit.files.domain.CreditEntry;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import cn.supervision.testsupport.TopicWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@CreditIntegrationTest
class CreditFilesTest {

    static final String TOPIC = "inspection.results";
    static final String COMPLETED = "inspection.InspectionCompleted.v1";
    static final String VIOLATION = "inspection.ViolationFound.v1";
    static final String EXAMPLE_OBJECT = "91350100M000100Y43";

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A contract example moved to a task and object of this test, so that tests sharing the broker never collide. */
    static String example(String type, String id) {
        return Contracts.example(type).replace("LT-2026-001", "T-" + id).replace(EXAMPLE_OBJECT, "OBJ-" + id);
    }

    /** Polls the file of {@code objectId} until it satisfies {@code done}; fails after 30 s with the last answer. */
    Http.Response awaitFile(String objectId, Predicate<Http.Response> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Http.Response last = null;
        while (System.nanoTime() < deadline) {
            last = Http.get(url("/credit-files/" + objectId));
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("credit file " + objectId + " did not reach the expected state within 30 s; last answer: "
                + (last == null ? "none" : last.status() + " " + last.body()));
    }

    static Predicate<Http.Response> entries(int count) {
        return r -> r.status() == 200 && r.json().get("entries").size() >= count;
    }

    @Test
    void recordsTheInspectionResultAndTheViolationInDateOrder() {
        String id = unique();
        String objectId = "OBJ-" + id;
        TopicWriter.send(TOPIC, objectId, COMPLETED, "ev-" + id + "-C", example(COMPLETED, id));
        TopicWriter.send(TOPIC, objectId, VIOLATION, "ev-" + id + "-V", example(VIOLATION, id));

        JsonNode file = awaitFile(objectId, entries(2)).json();
        assertThat(file.get("objectId").asString()).isEqualTo(objectId);
        assertThat(file.get("name").asString()).isEqualTo("开封市龙亭区示例建筑工程有限公司");
        JsonNode entries = file.get("entries");
        assertThat(entries).hasSize(2);

        // found on 03-20, so before the result of 03-23 although it arrived later
        JsonNode violation = entries.get(0);
        assertThat(violation.get("kind").asString()).isEqualTo("VIOLATION");
        assertThat(violation.get("eventId").asString()).isEqualTo("ev-" + id + "-V");
        assertThat(violation.get("date").asString()).isEqualTo("2026-03-20");
        assertThat(violation.get("department").asString()).isEqualTo("quality-safety");
        assertThat(violation.get("checkItem").asString()).isEqualTo("ZA-001");
        assertThat(violation.get("legalProvision").asString()).isEqualTo("《建设工程安全生产管理条例》第六十五条");
        assertThat(violation.get("severity").asString()).isEqualTo("GENERAL");
        assertThat(violation.get("measure").asString()).isEqualTo("RECTIFICATION_ORDER");
        assertThat(violation.get("rectificationDeadline").asString()).isEqualTo("2026-04-22");

        JsonNode result = entries.get(1);
        assertThat(result.get("kind").asString()).isEqualTo("INSPECTION_RESULT");
        assertThat(result.get("eventId").asString()).isEqualTo("ev-" + id + "-C");
        assertThat(result.get("date").asString()).isEqualTo("2026-03-23");
        assertThat(result.get("taskId").asString()).isEqualTo("T-" + id);
        assertThat(result.get("inspectionId").asString()).isEqualTo("T-" + id + "/" + objectId);
        assertThat(result.get("categories").get(0).asString()).isEqualTo("1");
        assertThat(result.get("categories").get(1).asString()).isEqualTo("A");

        String metrics = Http.get(url("/actuator/prometheus")).body();
        assertThat(metrics).contains("supervision_credit_entries_total{kind=\"INSPECTION_RESULT\"")
                .contains("supervision_credit_entries_total{kind=\"VIOLATION\"");
    }

    @Test
    void aRedeliveredEventAddsNoSecondEntry() {
        String id = unique();
        String objectId = "OBJ-" + id;
        String body = example(COMPLETED, id);
        TopicWriter.send(TOPIC, objectId, COMPLETED, "ev-" + id, body);
        TopicWriter.send(TOPIC, objectId, COMPLETED, "ev-" + id, body);
        // the same inspection re-sent under a new event id is a new fact on record (e.g. a corrected approval)
        TopicWriter.send(TOPIC, objectId, COMPLETED, "ev-" + id + "-again", body);
        TopicWriter.send(TOPIC, objectId, VIOLATION, "ev-" + id + "-V", example(VIOLATION, id));
        TopicWriter.send(TOPIC, objectId, VIOLATION, "ev-" + id + "-V", example(VIOLATION, id));
        TopicWriter.send(TOPIC, objectId, VIOLATION, "ev-" + id + "-last", example(VIOLATION, id).replace("2026-03-20", "2026-03-30"));

        JsonNode entries = awaitFile(objectId, r -> r.status() == 200 && r.body().contains("ev-" + id + "-last")).json().get("entries");
        assertThat(entries.findValuesAsString("eventId")).containsExactly("ev-" + id + "-V", "ev-" + id, "ev-" + id + "-again",
                "ev-" + id + "-last");
    }

    @Test
    void theStoreIgnoresAnEntryOfAnEventAlreadyOnFileEvenWithoutTheInbox(@Autowired CreditFiles files) {
        // the inbox and the effect are two writes: after a crash between them the effect runs again and must change nothing
        String objectId = "OBJ-" + unique();
        CreditEntry entry = CreditEntry.inspectionResult("ev-direct", "I", "T", "task", "RANDOM", List.of("1"), LocalDate.parse("2026-03-23"));
        assertThat(files.add(objectId, null, "名称", entry)).isTrue();
        assertThat(files.add(objectId, null, "名称", entry)).isFalse();
        assertThat(files.find(objectId).orElseThrow().entries()).hasSize(1);
    }

    @Test
    void anUnknownObjectHasNoFile() {
        Http.Response missing = Http.get(url("/credit-files/NOBODY-" + unique()));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterTopicAndTheNextOneIsStillApplied() {
        String id = unique();
        String objectId = "OBJ-" + id;
        TopicWriter.sendRaw(TOPIC, objectId, "{not json", "ce_id", "ev-" + id + "-poison", "ce_type", VIOLATION, "ce_source", "/test",
                "ce_specversion", "1.0", "ce_subject", objectId, "content-type", "application/json");
        TopicWriter.send(TOPIC, objectId, COMPLETED, "ev-" + id + "-good", example(COMPLETED, id));

        assertThat(awaitFile(objectId, entries(1)).json().get("entries")).hasSize(1);
        TopicReader.readUntil("inspection.results.credit-service.dlq", r -> ("ev-" + id + "-poison").equals(r.header("ce_id")),
                Duration.ofSeconds(30));
    }

    @Test
    void isHealthyAndDocumentsItsApi() {
        Http.Response health = Http.get(url("/actuator/health"));
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(Http.get(url("/v3/api-docs")).json().get("paths").has("/credit-files/{objectId}")).isTrue();
    }
}
