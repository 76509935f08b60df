package cn.supervision.credit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import cn.supervision.testsupport.TopicWriter;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Small fixtures for credit's integration tests: contract examples moved to an object of the test, waiting for a file, reading what credit published. */
public final class CreditScenario {

    public static final String RESULTS = "inspection.results";
    public static final String COMPLETED = "inspection.InspectionCompleted.v1";
    public static final String VIOLATION = "inspection.ViolationFound.v1";
    public static final String REFUSED = "inspection.InspectionRefused.v1";
    public static final String REFERRAL = "inspection.CriminalReferralMade.v1";
    public static final String EXAMPLE_OBJECT = "91350100M000100Y43";
    public static final Duration WAIT = Duration.ofSeconds(30);

    private CreditScenario() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A contract example moved to task {@code T-<id>} and object {@code OBJ-<id>}, so that tests sharing the broker never collide. */
    public static String example(String type, String id) {
        return Contracts.example(type).replace("LT-2026-001", "T-" + id).replace(EXAMPLE_OBJECT, "OBJ-" + id);
    }

    public static void send(String type, String id, String eventId, String body) {
        TopicWriter.send(type.startsWith("registry.") ? "registry.objects" : RESULTS, "OBJ-" + id, type, eventId, body);
    }

    /** Polls a JSON resource until it satisfies {@code done}; fails after 30 s with the last answer. */
    public static JsonNode await(String url, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Http.Response last = null;
        while (System.nanoTime() < deadline) {
            last = Http.get(url);
            if (last.status() == 200 && done.test(last.json())) {
                return last.json();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(url + " did not reach the expected state within " + WAIT + "; last answer: "
                + (last == null ? "none" : last.status() + " " + last.body()));
    }

    /**
     * Waits for a record of {@code type} about {@code objectId} on {@code topic} whose body satisfies {@code wanted};
     * returns every record of that type about the object read so far, each checked against its contract.
     */
    public static List<JsonNode> published(String topic, String type, String objectId, Predicate<JsonNode> wanted) {
        Predicate<TopicReader.Record> mine = r -> type.equals(r.header("ce_type")) && objectId.equals(r.key());
        List<TopicReader.Record> found = TopicReader.readUntil(topic, r -> mine.test(r) && wanted.test(Http.parse(r.body())), WAIT).stream()
                .filter(mine).toList();
        for (TopicReader.Record r : found) {
            assertThat(Contracts.violations(type, r.body())).as(r.body()).isEmpty();
            assertThat(r.header("ce_subject")).isEqualTo(objectId);
        }
        return found.stream().map(r -> Http.parse(r.body())).toList();
    }
}
