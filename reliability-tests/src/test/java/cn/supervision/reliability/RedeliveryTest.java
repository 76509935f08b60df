package cn.supervision.reliability;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2. Redelivery: after a flow of results has settled, every record of every consumed topic is delivered again from
 * offset 0 (same key, body and CloudEvents headers), to every consuming service. No stored state may change.
 */
@Order(2)
class RedeliveryTest {

    private static final Logger log = LoggerFactory.getLogger(RedeliveryTest.class);
    static final List<String> CONSUMED_TOPICS = List.of("registry.objects", "registry.inspectors", "registry.check-items", "sampling.tasks",
            "sampling.draws", "inspection.results", "credit.records", "credit.follow-ups");
    static ReliabilityPlatform platform;

    @BeforeAll
    static void start() {
        platform = ReliabilityPlatform.get();
    }

    @Test
    void replayingEveryTopicFromTheStartChangesNothing() {
        InspectionFlow flow = new InspectionFlow(platform);
        InspectionFlow.Batch batch = flow.run("REDELIVERY", 8);
        flow.assertEveryEffectExactlyOnce(batch);
        PlatformState state = platform.state();
        state.awaitQuiet(java.time.Duration.ofSeconds(120));
        Map<String, String> before = state.digest();

        Events events = new Events(platform);
        int replayed = 0;
        for (String topic : CONSUMED_TOPICS) {
            if (state.recordsIn(topic) > 0) {
                replayed += events.replayFromStart(topic);
            }
        }
        log.info("redelivered {} records from offset 0", replayed);
        assertThat(replayed).isGreaterThan(8 * 3);
        state.awaitQuiet(java.time.Duration.ofSeconds(180));

        Map<String, String> after = state.digest();
        assertThat(after).as("every collection of every service after the replay").isEqualTo(before);
        flow.assertEveryEffectExactlyOnce(batch);
    }
}
