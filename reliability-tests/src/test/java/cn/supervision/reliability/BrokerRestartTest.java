package cn.supervision.reliability;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 3. Broker restart mid-flow: the KRaft broker is stopped while results are being approved, approvals go on (they only
 * write to the database, the outbox keeps the events), then it starts again on the same ports and log directory.
 * Producers and consumers resume by themselves; nothing is lost or applied twice. The time to recover is reported.
 */
@Order(4)
class BrokerRestartTest {

    private static final Logger log = LoggerFactory.getLogger(BrokerRestartTest.class);
    static final int OBJECTS = 10;
    static final Duration DOWN = Duration.ofSeconds(10);
    static ReliabilityPlatform platform;

    @BeforeAll
    static void start() {
        platform = ReliabilityPlatform.get();
    }

    @Test
    void producersAndConsumersResumeAfterTheBrokerRestartsAndNothingIsLostOrDuplicated() {
        InspectionFlow flow = new InspectionFlow(platform);
        InspectionFlow.Batch batch = flow.draw("BROKER", flow.register("BROKER", OBJECTS));
        flow.awaitRecords(batch);
        List<InspectionFlow.Drawn> drawn = batch.drawn();
        drawn.subList(0, OBJECTS / 2).forEach(d -> flow.inspectAndApprove(batch, d));

        long stopping = System.nanoTime();
        platform.kafka().stop();
        log.info("broker stopped in {} ms", (System.nanoTime() - stopping) / 1_000_000);
        long down = System.nanoTime();
        drawn.subList(OBJECTS / 2, OBJECTS).forEach(d -> flow.inspectAndApprove(batch, d));
        assertThat(platform.state().outboxBacklog()).as("approvals made while the broker is down wait in the outbox").isPositive();
        PlatformState.sleep(Math.max(0, DOWN.toMillis() - (System.nanoTime() - down) / 1_000_000));

        platform.kafka().restart();
        long restarted = System.nanoTime();
        platform.awaitQuiet();
        double recoverySeconds = (System.nanoTime() - restarted) / 1e9;
        System.out.printf("RELIABILITY broker restart: down %d s, recovered (outbox empty, no consumer lag) %.1f s after the restart%n",
                DOWN.toSeconds(), recoverySeconds);
        flow.assertEveryEffectExactlyOnce(batch);
        assertThat(recoverySeconds).as("recovery time in seconds").isLessThan(120);
    }
}
