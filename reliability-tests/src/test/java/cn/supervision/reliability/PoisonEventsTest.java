package cn.supervision.reliability;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Eventually;
import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 5. Poison events on {@code inspection.results}, consumed by sampling, disclosure and credit: malformed JSON, a body
 * that breaks the v1 schema, no CloudEvents envelope, an unknown type and a future version of a known one, and a
 * valid event about an object nobody registered. Each is parked in the binding's DLQ (with the binder's reason
 * headers), skipped as not this consumer's business, or kept and flagged; the consumer keeps consuming after them.
 */
@Order(1)
class PoisonEventsTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String TOPIC = "inspection.results";
    static final String BINDING = "inspectionResults-in-0";
    static ReliabilityPlatform platform;
    static Events events;

    @BeforeAll
    static void start() {
        platform = ReliabilityPlatform.get();
        events = new Events(platform);
    }

    @Test
    void poisonIsParkedWithAReasonAndTheConsumerKeepsConsuming() {
        PlatformState state = platform.state();
        Map<Svc, Long> parkedBefore = new EnumMap<>(Svc.class);
        for (Svc s : new Svc[] {Svc.DISCLOSURE, Svc.CREDIT}) {
            parkedBefore.put(s, state.recordsIn(TOPIC + "." + s.group + ".dlq"));
        }
        double metricBefore = dlqMetric(Svc.CREDIT);
        // one key for all of them: they share a partition, so the valid event sent last is consumed only after every poison
        String unknownObject = InspectionFlow.uscc(990_001);
        String valid = Contracts.example("inspection.InspectionCompleted.v1").replace("91350100M000100Y43", unknownObject)
                .replace("LT-2026-001", "REL-POISON");
        String completed = "inspection.InspectionCompleted.v1";

        events.send(TOPIC, unknownObject, completed, id(), "{\"inspectionId\": \"REL-POISON/x\", \"items\": [");         // malformed JSON
        events.send(TOPIC, unknownObject, completed, id(), valid.replaceFirst("\"items\": \\[", "\"items\": \"none\", \"x\": [")); // wrong shape
        events.sendRaw(TOPIC, unknownObject, valid, "content-type", "application/json");                                 // no envelope
        events.send(TOPIC, unknownObject, "inspection.SomethingNobodyKnows.v1", id(), "{}");                              // unknown type
        events.send(TOPIC, unknownObject, "inspection.InspectionCompleted.v7", id(), "{\"completely\": \"different\"}");   // other version
        events.send(TOPIC, unknownObject, completed, id(), valid);                                                        // unknown object

        // the consumer went on: the valid event after the poison is applied, kept and flagged (credit), published (disclosure)
        Eventually.get("credit keeps the event about an unknown object, flagged", WAIT, () -> {
            String flagged = Http.get(platform.url(Svc.CREDIT, "/credit-files?flag=UNKNOWN_OBJECT")).body();
            return flagged.contains(unknownObject) ? flagged : null;
        });
        Eventually.get("disclosure publishes the valid event after the poison", WAIT, () -> {
            var items = Http.get(platform.url(Svc.DISCLOSURE, "/public/results?uscc=" + unknownObject)).json().get("items");
            return items != null && items.size() == 1 ? items : null;
        });
        // three are unreadable for both consumers: parked at once (no retry can make them readable), with the reason
        for (Svc s : parkedBefore.keySet()) {
            String dlq = TOPIC + "." + s.group + ".dlq";
            Eventually.get(dlq + " holds the three unreadable events", WAIT,
                    () -> state.recordsIn(dlq) == parkedBefore.get(s) + 3 ? true : null);
        }
        List<String> reasons = DeadLetters.reasons(platform, TOPIC + ".credit-service.dlq");
        assertThat(reasons).anyMatch(r -> r.contains("unreadable inspection.InspectionCompleted.v1"))
                .anyMatch(r -> r.contains("message without ce_id or ce_type header"));
        Eventually.get("the DLQ metric rises by 3", WAIT, () -> dlqMetric(Svc.CREDIT) >= metricBefore + 3 ? true : null);
        assertThat(Http.get(platform.url(Svc.CREDIT, "/admin/dead-letters")).json().get(BINDING).asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void replayMovesParkedEventsBackAndPoisonIsParkedAgainNotLost() {
        PlatformState state = platform.state();
        String objectId = InspectionFlow.uscc(990_002);
        events.send(TOPIC, objectId, "inspection.InspectionCompleted.v1", id(), "{not json");
        String dlq = TOPIC + ".credit-service.dlq";
        Eventually.get("parked", WAIT, () -> DeadLetters.reasons(platform, dlq).size() > 0 && waiting() > 0 ? true : null);
        long parked = state.recordsIn(dlq);
        Http.Response replay = Http.post(platform.url(Svc.CREDIT, "/admin/dead-letters/" + BINDING + "/replay"), "{}");
        assertThat(replay.status()).as(replay.body()).isEqualTo(200);
        long moved = replay.json().get("replayed").asLong();
        assertThat(moved).isPositive();
        // still unreadable: back in the DLQ, none lost; a second replay moves only what came back
        Eventually.get("re-parked after the replay", WAIT, () -> state.recordsIn(dlq) == parked + moved ? true : null);
        assertThat(Http.post(platform.url(Svc.CREDIT, "/admin/dead-letters/" + BINDING + "/replay"), "{}").json().get("replayed").asLong())
                .isEqualTo(moved);
        Http.Response unknown = Http.post(platform.url(Svc.CREDIT, "/admin/dead-letters/noSuchBinding/replay"), "{}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    private static long waiting() {
        return Http.get(platform.url(Svc.CREDIT, "/admin/dead-letters")).json().get(BINDING).asLong();
    }

    /** {@code supervision_dlq_depth} of the binding, as Prometheus would scrape it. */
    static double dlqMetric(Svc service) {
        String body = Http.get(platform.url(service, "/actuator/prometheus")).body();
        Matcher m = Pattern.compile("(?m)^supervision_dlq_depth\\{[^}]*binding=\"" + BINDING + "\"[^}]*} ([0-9.eE+-]+)$").matcher(body);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
