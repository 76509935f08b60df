package cn.supervision.reliability;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import cn.supervision.platform.outbox.OutboxRelay;
import cn.supervision.platform.outbox.OutboxRelay.CrashHook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1. Crash between write and publish. Every service's outbox relay "dies" at random points of its publish path —
 * right after leasing a document, after any one of its events reached Kafka, or just before removing the sent events —
 * hundreds of times while a flow of results runs; the dead pass keeps its lease and removes nothing, exactly as a killed
 * process would. In the middle of it, credit-service is stopped and started again (its context closed, same database).
 * Afterwards every effect exists exactly once end to end.
 */
@Order(3)
class RelayCrashTest {

    static final int OBJECTS = 20;
    /** At most this many crashes are injected; at least {@link #AT_LEAST} must have happened by the end of the flow. */
    static final int CRASHES = 400;
    static final int AT_LEAST = 200;
    static ReliabilityPlatform platform;

    @BeforeAll
    static void start() {
        platform = ReliabilityPlatform.get();
    }

    @AfterEach
    void noMoreCrashes() {
        for (Svc service : Svc.values()) {
            if (platform.context(service) != null) {
                platform.context(service).getBean(OutboxRelay.class).crashHook(null);
            }
        }
    }

    @Test
    void everyEventIsDeliveredAndEveryEffectExistsOnceAfterHundredsOfRelayCrashes() {
        InspectionFlow flow = new InspectionFlow(platform);
        flow.referenceData();
        platform.awaitQuiet();
        RandomCrashes crashes = new RandomCrashes(CRASHES, 0.5, 20261126L);
        for (Svc service : Svc.values()) {
            platform.context(service).getBean(OutboxRelay.class).crashHook(crashes.forService(service));
        }

        InspectionFlow.Batch batch = flow.draw("CRASH", flow.register("CRASH", OBJECTS));
        List<InspectionFlow.Drawn> drawn = batch.drawn();
        for (int i = 0; i < drawn.size(); i++) {
            flow.inspectAndApprove(batch, drawn.get(i));
            if (i == drawn.size() / 2) {
                // a real stop of a consumer and producer mid-flow: its context closes, its database stays
                platform.stop(Svc.CREDIT);
                platform.start(Svc.CREDIT);
                platform.context(Svc.CREDIT).getBean(OutboxRelay.class).crashHook(crashes.forService(Svc.CREDIT));
            }
        }
        flow.assertEveryEffectExactlyOnce(batch);
        System.out.printf("RELIABILITY relay crashes: %d objects, %d crashes injected, by step %s, by service %s%n", OBJECTS, crashes.total(),
                crashes.bySteps(), crashes.byServices());
        assertThat(crashes.total()).as("crashes injected").isGreaterThanOrEqualTo(AT_LEAST);
        assertThat(platform.state().outboxBacklog()).isZero();
        // a crash after a send and before the removal republished: the topic holds duplicates, the effects above do not
        Map<String, Integer> deliveries = new Events(platform).deliveriesById("inspection.results", new HashSet<>(batch.objects()));
        assertThat(deliveries).as("every completion and violation of the batch on Kafka").hasSize(OBJECTS * 2);
        System.out.printf("RELIABILITY relay crashes: inspection.results holds %d distinct events of the batch in %d deliveries%n",
                deliveries.size(), deliveries.values().stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * Crashes with probability {@code p} after a lease and before a removal, and {@code p / 8} after each sent event (a
     * document may hold dozens of events: a draw's SampleDrawn), until {@code limit} crashes were injected.
     */
    static final class RandomCrashes {
        private final int limit;
        private final double p;
        private final SplittableRandom random;
        private final AtomicInteger total = new AtomicInteger();
        private final Map<CrashHook.Step, LongAdder> bySteps = new ConcurrentHashMap<>();
        private final Map<Svc, LongAdder> byServices = new ConcurrentHashMap<>();

        RandomCrashes(int limit, double p, long seed) {
            this.limit = limit;
            this.p = p;
            this.random = new SplittableRandom(seed);
        }

        CrashHook forService(Svc service) {
            return (step, eventId) -> {
                boolean crash;
                synchronized (random) {
                    crash = total.get() < limit && random.nextDouble() < (step == CrashHook.Step.SENT ? p / 8 : p);
                }
                if (crash) {
                    total.incrementAndGet();
                    bySteps.computeIfAbsent(step, s -> new LongAdder()).increment();
                    byServices.computeIfAbsent(service, s -> new LongAdder()).increment();
                    throw new OutboxRelay.SimulatedCrash(step + " of " + service.group + (eventId == null ? "" : " at " + eventId));
                }
            };
        }

        int total() {
            return total.get();
        }

        Map<CrashHook.Step, LongAdder> bySteps() {
            return bySteps;
        }

        Map<Svc, LongAdder> byServices() {
            return byServices;
        }
    }
}
