package cn.supervision.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 4. Database outage: the Mongo-wire server stops for 30 s right after a batch of results was approved, while their
 * events travel through outboxes and consumers. Every service reports DOWN on health, then UP once the server is back;
 * a request during the outage is refused as problem+json; events that exhausted their retries during the outage are
 * parked in the DLQ and the documented replay moves them back once the cause is fixed. Nothing is lost.
 */
@Order(5)
class MongoOutageTest {

    static final int OBJECTS = 8;
    static final Duration OUTAGE = Duration.ofSeconds(30);
    static ReliabilityPlatform platform;

    @BeforeAll
    static void start() {
        platform = ReliabilityPlatform.get();
    }

    @Test
    void servicesReportDownThenUpAndNothingIsLost() {
        InspectionFlow flow = new InspectionFlow(platform);
        InspectionFlow.Batch batch = flow.draw("MONGO", flow.register("MONGO", OBJECTS));
        flow.awaitRecords(batch);
        batch.drawn().forEach(d -> flow.inspectAndApprove(batch, d));

        long stopped = System.nanoTime();
        platform.mongo().stop();
        Set<Svc> down = EnumSet.noneOf(Svc.class);
        Http.Response duringOutage = null;
        while (System.nanoTime() - stopped < OUTAGE.toNanos()) {
            for (Svc service : Svc.values()) {
                if (!down.contains(service) && "DOWN".equals(status(service))) {
                    down.add(service);
                }
            }
            if (duringOutage == null && down.contains(Svc.REGISTRY)) {
                duringOutage = Http.get(platform.url(Svc.REGISTRY, "/objects/" + batch.objects().get(0)));
            }
            PlatformState.sleep(500);
        }
        double downAfter = (System.nanoTime() - stopped) / 1e9;
        assertThat(down).as("services reporting DOWN during the outage").containsExactlyInAnyOrder(Svc.values());
        assertThat(duringOutage).isNotNull();
        assertThat(duringOutage.status()).as(duringOutage.body()).isGreaterThanOrEqualTo(500);
        assertThat(duringOutage.contentType()).startsWith("application/problem+json");
        assertThat(duringOutage.body()).doesNotContain("Exception").doesNotContain("at com.mongodb");

        platform.mongo().restart();
        long restarted = System.nanoTime();
        for (Svc service : Svc.values()) {
            cn.supervision.testsupport.Eventually.get(service.group + " UP again", Duration.ofSeconds(60),
                    () -> "UP".equals(status(service)) ? true : null);
        }
        double upAfter = (System.nanoTime() - restarted) / 1e9;

        // what exhausted its retries while the database was away waits in the DLQ: once the consumers are idle again,
        // replay it, as docs/runbook.md says
        platform.awaitQuiet();
        List<String> replayed = new ArrayList<>();
        for (Svc service : Svc.values()) {
            JsonNode waiting = Http.get(platform.url(service, "/admin/dead-letters")).json();
            for (Map.Entry<String, JsonNode> binding : waiting.properties()) {
                if (binding.getValue().asLong() > 0) {
                    Http.Response moved = Http.post(platform.url(service, "/admin/dead-letters/" + binding.getKey() + "/replay"), "{}");
                    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
                    replayed.add(service.group + "/" + binding.getKey() + "=" + moved.json().get("replayed").asLong());
                }
            }
        }
        flow.assertEveryEffectExactlyOnce(batch);
        System.out.printf("RELIABILITY mongo outage: %d s down; all services DOWN within the outage (checked until %.0f s); UP %.1f s after the"
                + " restart; request during the outage answered %d problem+json; replayed from DLQs: %s%n",
                OUTAGE.toSeconds(), downAfter, upAfter, duringOutage.status(), replayed);
    }

    private static String status(Svc service) {
        try {
            Http.Response health = Http.get(platform.url(service, "/actuator/health"));
            return health.json().path("status").asString();
        } catch (RuntimeException e) {
            return "UNREACHABLE";
        }
    }
}
