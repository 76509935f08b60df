package cn.supervision.disclosure.provincial;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.supervision.disclosure.DisclosureIntegrationTest;
import cn.supervision.disclosure.TestClock;
import cn.supervision.disclosure.TestEvents;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import cn.supervision.testsupport.TopicWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static cn.supervision.disclosure.TestEvents.encode;
import static cn.supervision.disclosure.TestEvents.example;
import static cn.supervision.disclosure.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** The provincial push against the simulator: signed, idempotent, resilient to errors, slowness and a day-long outage; reconciled. */
@DisclosureIntegrationTest
class ProvincialPushTest {

    static final Duration WAIT = Duration.ofSeconds(40);
    static final String SECRET = "local-simulator-secret";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @AfterEach
    void provinceBackToNormal() {
        Http.Response cleared = TestEvents.delete(url("/simulator/province/admin/faults"));
        assertThat(cleared.status()).isEqualTo(200);
        clock.reset();
    }

    /** Sends an approved inspection and returns the ledger key of its public result. */
    String approve(String id, String resultDate) {
        String objectId = "OBJ-" + id;
        TopicWriter.send("inspection.results", objectId, "inspection.InspectionCompleted.v1", "ev-" + id,
                example("inspection.InspectionCompleted.v1", "T-" + id, objectId, "龙亭区省平台" + id + "建筑有限公司")
                        .replace("\"resultDate\": \"2026-03-23\"", "\"resultDate\": \"" + resultDate + "\""));
        return "RESULT:T-" + id + "/" + objectId + ":ev-" + id;
    }

    JsonNode provinceRecord(String key) {
        JsonNode found = Http.get(url("/simulator/province/admin/records?key=" + encode(key))).json();
        return found.isEmpty() ? null : found.get(0);
    }

    JsonNode awaitProvince(String key) {
        return cn.supervision.testsupport.Eventually.get("the province holds " + key, WAIT, () -> provinceRecord(key));
    }

    void awaitAcknowledged(String key) {
        cn.supervision.testsupport.Eventually.get(key + " acknowledged", WAIT, () -> {
            Http.Response entry = Http.get(url("/disclosure/ledger?key=" + encode(key)));
            return entry.status() == 200 && "ACKNOWLEDGED".equals(entry.json().get("pushStatus").asString()) ? true : null;
        });
    }

    JsonNode queued(String key) {
        for (JsonNode entry : Http.get(url("/disclosure/push-queue")).json()) {
            if (key.equals(entry.get("recordKey").asString())) {
                return entry;
            }
        }
        return null;
    }

    void faults(String json) {
        Http.Response set = Http.put(url("/simulator/province/admin/faults"), json);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    @Test
    void anApprovedResultIsPublicAndReachesTheProvinceOnceWithItsDeadlineAndEvents() {
        String id = unique();
        String key = approve(id, "2026-03-23");
        JsonNode page = TestEvents.awaitGet(url("/public/enterprises/OBJ-" + id), r -> r.status() == 200, WAIT).json();
        assertThat(page.get("results").get(0).get("disclosureDeadline").asString()).isEqualTo("2026-04-21");

        JsonNode received = awaitProvince(key);
        JsonNode body = Http.parse(received.get("body").asString());
        assertThat(body.get("recordType").asString()).isEqualTo("CCJG");
        assertThat(body.get("disclosureDeadline").asString()).isEqualTo("2026-04-21");
        assertThat(body.get("sourceEventId").asString()).isEqualTo("ev-" + id);
        assertThat(body.get("data").get("objectName").asString()).isEqualTo("龙亭区省平台" + id + "建筑有限公司");
        assertThat(received.get("body").asString()).doesNotContain("inspectorId").doesNotContain("methods");
        awaitAcknowledged(key);
        // the push is an observed HTTP client call: timed, and traced to the province
        assertThat(Http.get(url("/actuator/prometheus")).body().lines()
                .filter(l -> l.startsWith("http_client_requests_seconds_count{") && l.contains("method=\"POST\""))).isNotEmpty();

        // the result was approved in March and reaches the public today: published, and overdue on arrival
        List<TopicReader.Record> events = TopicReader.readUntil("disclosure.records",
                r -> r.body().contains(key) && "disclosure.DisclosureOverdue.v1".equals(r.header("ce_type")), WAIT);
        List<String> types = new ArrayList<>();
        for (TopicReader.Record r : events) {
            if (r.body().contains(key)) {
                types.add(r.header("ce_type"));
                assertThat(Contracts.violations(r.header("ce_type"), r.body())).as(r.body()).isEmpty();
                assertThat(r.key()).isEqualTo("OBJ-" + id);
            }
        }
        assertThat(types).contains("disclosure.ResultPublished.v1", "disclosure.DisclosureOverdue.v1");
        assertThat(Http.get(url("/disclosure/overdue")).body()).contains(key).contains("PUBLISHED_LATE");
    }

    @Test
    void theSimulatorChecksTheSignatureAndAnswersARepeatedKeyAsADuplicate() {
        String key = "TEST:" + unique();
        String body = "{\"recordKey\":\"" + key + "\",\"data\":{}}";
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String records = url("/simulator/province/api/records");
        Http.Response forged = Http.post(records, body, "X-Timestamp", timestamp, "X-Signature", "00" + ProvincialSignature.sign(SECRET, timestamp, body).substring(2),
                "Idempotency-Key", key);
        assertThat(forged.status()).isEqualTo(401);
        String stale = Long.toString(clock.instant().minusSeconds(3600).getEpochSecond());
        assertThat(Http.post(records, body, "X-Timestamp", stale, "X-Signature", ProvincialSignature.sign(SECRET, stale, body), "Idempotency-Key", key)
                .status()).as("a replayed old request").isEqualTo(401);

        String signature = ProvincialSignature.sign(SECRET, timestamp, body);
        Http.Response first = Http.post(records, body, "X-Timestamp", timestamp, "X-Signature", signature, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("status").asString()).isEqualTo("ACCEPTED");
        Http.Response again = Http.post(records, body, "X-Timestamp", timestamp, "X-Signature", signature, "Idempotency-Key", key);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(again.json().get("receipt").asString()).isEqualTo(first.json().get("receipt").asString());
        String other = "{\"recordKey\":\"" + key + "\",\"data\":{\"x\":1}}";
        assertThat(Http.post(records, other, "X-Timestamp", timestamp, "X-Signature", ProvincialSignature.sign(SECRET, timestamp, other),
                "Idempotency-Key", key).status()).isEqualTo(409);

        Http.Response badFaults = Http.put(url("/simulator/province/admin/faults"), "{\"errorRate\": 2}");
        assertThat(badFaults.status()).isEqualTo(400);
        assertThat(badFaults.json().get("errors").get(0).get("field").asString()).isEqualTo("errorRate");
    }

    @Test
    void aDayLongOutageLosesNothingAndDeliveryResumesByItself() {
        faults("{\"outage\": true}");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            keys.add(approve(unique(), "2026-11-20"));
        }
        cn.supervision.testsupport.Eventually.get("every record in the push queue", WAIT,
                () -> keys.stream().allMatch(k -> queued(k) != null) ? true : null);
        cn.supervision.testsupport.Eventually.get("the circuit breaker open", WAIT,
                () -> Http.get(url("/actuator/prometheus")).body().contains("supervision_disclosure_push_circuit_state{service=\"disclosure-service\"} 1.0")
                        ? true : null);

        // a simulated day: the service's clock moves 24 h in 4-hour steps, each letting the worker try again
        for (int hour = 4; hour <= 24; hour += 4) {
            clock.advance(Duration.ofHours(4));
            TestEvents.sleep(1300);
        }
        for (String key : keys) {
            assertThat(queued(key)).as("still queued after a day: " + key).isNotNull();
            assertThat(provinceRecord(key)).isNull();
        }
        String metrics = Http.get(url("/actuator/prometheus")).body();
        assertThat(metrics).contains("supervision_disclosure_push_backlog").contains("supervision_disclosure_push_oldest_pending_seconds");
        long oldest = metrics.lines().filter(l -> l.startsWith("supervision_disclosure_push_oldest_pending_seconds"))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
        assertThat(oldest).as("the backlog is a day old").isGreaterThanOrEqualTo(Duration.ofHours(23).toSeconds());

        TestEvents.delete(url("/simulator/province/admin/faults"));
        for (String key : keys) {
            awaitProvince(key);
            awaitAcknowledged(key);
        }
    }

    @Test
    void malformedForeignAndLateAnswersAreNeverTakenAsAcknowledgements() {
        faults("{\"malformedNext\": 1, \"foreignKeyNext\": 1}");
        String garbled = approve(unique(), "2026-11-20");
        awaitAcknowledged(garbled);
        String metrics = Http.get(url("/actuator/prometheus")).body();
        assertThat(metrics).contains("supervision_disclosure_push_replies_invalid_total{reason=\"malformed\"")
                .contains("supervision_disclosure_push_replies_invalid_total{reason=\"foreign_key\"");

        faults("{\"slowMillis\": 1500}");
        String slow = approve(unique(), "2026-11-20");
        JsonNode waiting = cn.supervision.testsupport.Eventually.get("a timed-out push", WAIT,
                () -> queued(slow) != null && queued(slow).get("attempts").asInt() >= 1 ? queued(slow) : null);
        assertThat(waiting.get("lastError").asString()).contains("time limit");
        TestEvents.delete(url("/simulator/province/admin/faults"));
        awaitAcknowledged(slow);
    }

    @Test
    void aResultTheProvinceHasNotAcknowledgedByItsDeadlineRaisesDisclosureOverdueOnce() {
        clock.setTo(Instant.parse("2026-09-28T02:00:00Z"));
        faults("{\"outage\": true}");
        String id = unique();
        String key = approve(id, "2026-09-25");
        JsonNode result = TestEvents.awaitGet(url("/public/enterprises/OBJ-" + id), r -> r.status() == 200, WAIT).json().get("results").get(0);
        // National Day 10-01..10-07 and the make-up Saturday 10-10: 20 working days from 2026-09-25 end on 2026-10-29
        assertThat(result.get("disclosureDeadline").asString()).isEqualTo("2026-10-29");
        TestEvents.sleep(800);
        assertThat(Http.get(url("/disclosure/overdue")).body()).doesNotContain(key);

        clock.setTo(Instant.parse("2026-10-30T02:00:00Z"));
        JsonNode overdue = cn.supervision.testsupport.Eventually.get("overdue raised", WAIT, () -> {
            for (JsonNode entry : Http.get(url("/disclosure/overdue")).json()) {
                if (key.equals(entry.get("recordKey").asString())) {
                    return entry;
                }
            }
            return null;
        });
        assertThat(overdue.get("reason").asString()).isEqualTo("PROVINCE_NOT_ACKNOWLEDGED");
        assertThat(overdue.get("disclosureDeadline").asString()).isEqualTo("2026-10-29");
        List<TopicReader.Record> events = TopicReader.readUntil("disclosure.records",
                r -> r.body().contains(key) && "disclosure.DisclosureOverdue.v1".equals(r.header("ce_type")), WAIT);
        TopicReader.Record raised = events.stream().filter(r -> r.body().contains(key) && "disclosure.DisclosureOverdue.v1".equals(r.header("ce_type")))
                .findFirst().orElseThrow();
        assertThat(Contracts.violations("disclosure.DisclosureOverdue.v1", raised.body())).isEmpty();
        assertThat(Http.parse(raised.body()).get("detectedOn").asString()).isEqualTo("2026-10-30");
        assertThat(Http.get(url("/actuator/prometheus")).body()).contains("supervision_disclosure_overdue_raised_total{kind=\"RESULT\",reason=\"PROVINCE_NOT_ACKNOWLEDGED\"");

        TestEvents.sleep(1000); // several checker passes
        long count = TopicReader.readAtLeast("disclosure.records", events.size() + 1000, Duration.ofSeconds(3)).stream()
                .filter(r -> r.body().contains(key) && "disclosure.DisclosureOverdue.v1".equals(r.header("ce_type"))).count();
        assertThat(count).as("raised once").isEqualTo(1);

        TestEvents.delete(url("/simulator/province/admin/faults"));
        awaitAcknowledged(key);
    }

    @Test
    void reconciliationComparesTheProvincesAcknowledgementsWithTheLedger() {
        String key = approve(unique(), "2026-11-20");
        awaitAcknowledged(key);
        String foreign = "RESULT:NEVER-SENT-" + unique();
        assertThat(Http.post(url("/simulator/province/admin/foreign-acknowledgements?key=" + encode(foreign)), "").status()).isEqualTo(200);
        assertThat(TestEvents.delete(url("/simulator/province/admin/records?key=" + encode(key))).status()).isEqualTo(200);

        JsonNode report = Http.get(url("/disclosure/provincial/reconciliation")).json();
        assertThat(report.get("unknownToUs").toString()).contains(foreign);
        assertThat(report.get("receiptMismatches").toString()).contains(key);
        assertThat(report.get("consistent").asBoolean()).isFalse();
        assertThat(report.get("acknowledgedByBoth").asInt()).isPositive();

        faults("{\"outage\": true}");
        Http.Response down = Http.get(url("/disclosure/provincial/reconciliation"));
        assertThat(down.status()).isEqualTo(502);
        assertThat(down.contentType()).startsWith("application/problem+json");
    }
}
