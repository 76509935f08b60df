package cn.supervision.reliability;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.supervision.testsupport.Eventually;
import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 6. Provincial platform faults, injected with disclosure's simulator ({@code PUT /simulator/province/admin/faults}):
 * an outage standing for several days (the per-record backoff is scaled from 30 s..1 h down to 1..4 s), then errors,
 * timeouts and slowness together. The circuit opens, the push threads do not pile up, the backlog grows while the
 * province is away and drains after; each record is acknowledged once (the simulator keeps one entry per idempotency
 * key, and reconciliation finds nothing pending or unknown).
 */
@Order(6)
class ProvincialFaultsTest {

    static final int OBJECTS = 8;
    static ReliabilityPlatform platform;

    @BeforeAll
    static void start() {
        platform = ReliabilityPlatform.get();
    }

    @AfterEach
    void provinceHealthyAgain() {
        Http.delete(platform.url(Svc.DISCLOSURE, "/simulator/province/admin/faults"));
    }

    @Test
    void outageAndFaultsOpenTheCircuitBacklogDrainsAndEachRecordIsAcknowledgedOnce() {
        InspectionFlow flow = new InspectionFlow(platform);
        InspectionFlow.Batch batch = flow.draw("PROVINCE", flow.register("PROVINCE", OBJECTS));
        flow.awaitRecords(batch);
        platform.awaitQuiet();
        Eventually.get("push queue empty before the outage", Duration.ofSeconds(60), () -> pushQueue() == 0 ? true : null);
        int threadsBefore = Thread.activeCount();

        faults("{\"outage\": true}");
        batch.drawn().forEach(d -> flow.inspectAndApprove(batch, d));
        Eventually.get("circuit open during the outage", Duration.ofSeconds(60),
                () -> metric("supervision_disclosure_push_circuit_state") == 1 ? true : null);
        int maxThreads = 0;
        double maxBacklog = 0;
        for (int i = 0; i < 20; i++) {   // ten seconds of outage: several scaled "days" of backoff rounds
            maxThreads = Math.max(maxThreads, Thread.activeCount());
            maxBacklog = Math.max(maxBacklog, pushQueue());
            PlatformState.sleep(500);
        }
        assertThat(maxBacklog).as("records wait while the province is away").isGreaterThanOrEqualTo(OBJECTS);

        // the province half returns: errors, timeouts (hangs beyond the 5 s time limit) and slowness
        faults("{\"errorRate\": 0.3, \"timeoutRate\": 0.1, \"hangMillis\": 6000, \"slowMillis\": 300}");
        for (int i = 0; i < 20; i++) {
            maxThreads = Math.max(maxThreads, Thread.activeCount());
            PlatformState.sleep(500);
        }
        assertThat(maxThreads - threadsBefore).as("threads added while the province fails (bulkhead of 4, no pile-up)").isLessThan(25);

        Http.delete(platform.url(Svc.DISCLOSURE, "/simulator/province/admin/faults"));
        long cleared = System.nanoTime();
        Eventually.get("backlog drained", Duration.ofSeconds(90), () -> pushQueue() == 0 ? true : null);
        double drainSeconds = (System.nanoTime() - cleared) / 1e9;

        JsonNode received = Http.get(platform.url(Svc.DISCLOSURE, "/simulator/province/admin/records")).json();
        Set<String> keys = new HashSet<>();
        int ofBatch = 0;
        for (JsonNode record : received) {
            assertThat(keys.add(record.get("recordKey").asString())).as("one acknowledgement per key").isTrue();
            if (batch.objects().stream().anyMatch(o -> record.get("body").asString().contains(o))) {
                ofBatch++;
            }
        }
        assertThat(ofBatch).as("records of the batch at the province").isGreaterThanOrEqualTo(OBJECTS);
        JsonNode reconciliation = Http.get(platform.url(Svc.DISCLOSURE, "/disclosure/provincial/reconciliation")).json();
        assertThat(reconciliation.get("consistent").asBoolean()).as(reconciliation.toString()).isTrue();
        System.out.printf("RELIABILITY provincial faults: backlog peaked at %.0f, threads +%d at most, drained %.1f s after the province"
                + " recovered; %d records at the province, reconciliation consistent%n", maxBacklog, maxThreads - threadsBefore, drainSeconds, keys.size());
    }

    private static void faults(String json) {
        Http.Response set = Http.put(platform.url(Svc.DISCLOSURE, "/simulator/province/admin/faults"), json);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    /** What waits for the province ({@code GET /disclosure/push-queue}); the backlog gauge is refreshed only once a minute. */
    private static int pushQueue() {
        return Http.get(platform.url(Svc.DISCLOSURE, "/disclosure/push-queue")).json().size();
    }

    private static double metric(String name) {
        String body = Http.get(platform.url(Svc.DISCLOSURE, "/actuator/prometheus")).body();
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(body);
        return m.find() ? Double.parseDouble(m.group(2)) : -1;
    }

}
