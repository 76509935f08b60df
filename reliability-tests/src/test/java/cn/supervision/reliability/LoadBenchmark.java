package cn.supervision.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 8. Load: the highest rate of inspection results the machine holds through inspection → disclosure → credit for a
 * whole window (2 minutes) without growing lag, with the end-to-end latency per result, and the plain Kafka client's
 * throughput on the same broker measured in the same run as the baseline. A benchmark, not a test: excluded from the
 * test command (tag {@code benchmark}); see docs/reliability.md, "Load (point 8)".
 * <p>
 * Rates are stepped up ({@code load.rates}, results per second); the first step that does not hold ends the climb, and
 * while the time budget ({@code load.budget-minutes}) allows, the rate half-way between the last step that held and the
 * first that did not is tried (binary search). Each step uses a fresh batch of objects, prepared (imported, drawn,
 * records opened) before the step with the platform quiet again before the window starts. A short warm-up step first
 * lets the JIT compile the paths the steps measure.
 * <pre>
 * ./mvnw -o -pl reliability-tests test -Dbenchmark.excluded=none -Dgroups=benchmark -Dsurefire.jvm.args="-Xmx2g"
 *   [-Dload.rates=4,6,8,10,12] [-Dload.window-seconds=120] [-Dload.budget-minutes=15]
 * </pre>
 */
@Tag("benchmark")
class LoadBenchmark {

    static final Duration WINDOW = Duration.ofSeconds(Long.getLong("load.window-seconds", 120));
    static final List<Double> RATES = Arrays.stream(System.getProperty("load.rates", "4,6,8,10,12").split(","))
            .map(Double::parseDouble).toList();
    static final Duration BUDGET = Duration.ofMinutes(Long.getLong("load.budget-minutes", 15));
    static final int RAW_RUNS = 3;
    static final int RAW_RECORDS = 50_000;
    static final int SYNC_RECORDS = 2_000;

    @Test
    void findsTheHighestRateHeldForAWholeWindowWithoutGrowingLag() {
        long began = System.nanoTime();
        ReliabilityPlatform platform = ReliabilityPlatform.get();
        new InspectionFlow(platform).referenceData();
        platform.awaitQuiet();

        RawKafkaThroughput raw = new RawKafkaThroughput(platform.kafkaBootstrapServers());
        raw.roundTrip(5_000); // warms the client and the broker's log paths
        List<Double> rawRuns = new ArrayList<>();
        List<Double> syncRuns = new ArrayList<>();
        for (int run = 0; run < RAW_RUNS; run++) {
            rawRuns.add(raw.roundTrip(RAW_RECORDS));
            syncRuns.add(raw.synchronousSends(SYNC_RECORDS));
        }
        double rawRate = median(rawRuns);
        double syncRate = median(syncRuns);
        System.out.printf("LOAD raw Kafka client, same broker: round trip %,.0f records/s (runs %s), synchronous sends %,.0f records/s (runs %s)%n",
                rawRate, rounded(rawRuns), syncRate, rounded(syncRuns));

        LoadObjects objects = new LoadObjects(platform);
        List<RateStep.Outcome> outcomes = new ArrayList<>();
        RateStep.Outcome best = null;
        try (ArrivalClock clock = new ArrivalClock(platform.kafkaBootstrapServers())) {
            RateStep step = new RateStep(platform, clock);
            RateStep.Outcome warmUp = step.run(objects.prepare("WARMUP", 100), 4, Duration.ofSeconds(25));
            System.out.printf("LOAD warm-up (not counted): %s%n", line(warmUp));
            platform.awaitQuiet();

            Double failedAt = null;
            long lastStepNanos = 0;
            double lastRate = 1;
            List<Double> toTry = new ArrayList<>(RATES);
            while (!toTry.isEmpty()) {
                double rate = toTry.remove(0);
                // the next step's cost: its window, plus preparation and drain growing with the rate as the last one did
                long predicted = WINDOW.toNanos() + (long) (Math.max(0, lastStepNanos - WINDOW.toNanos()) * rate / lastRate);
                if (System.nanoTime() - began + predicted > BUDGET.toNanos()) {
                    System.out.printf("LOAD stopping before %.1f/s: the time budget of %d min would be exceeded%n", rate, BUDGET.toMinutes());
                    break;
                }
                long stepStarted = System.nanoTime();
                InspectionFlow.Batch batch = objects.prepare(String.format("R%.1f", rate), (int) Math.ceil(rate * WINDOW.toSeconds()));
                platform.awaitQuiet();
                RateStep.Outcome outcome = step.run(batch, rate, WINDOW);
                outcomes.add(outcome);
                System.out.printf("LOAD step %s%n", line(outcome));
                lastStepNanos = System.nanoTime() - stepStarted;
                lastRate = rate;
                if (outcome.held()) {
                    best = best == null || outcome.offered() > best.offered() ? outcome : best;
                } else {
                    failedAt = failedAt == null ? rate : Math.min(failedAt, rate);
                    toTry.clear();
                }
                if (toTry.isEmpty() && failedAt != null && best != null && failedAt - best.offered() > 1.5) {
                    toTry.add((double) Math.round((failedAt + best.offered()) / 2));
                }
                // the next step starts from a quiet platform (a failed step may leave a backlog to drain)
                platform.state().awaitQuiet(Duration.ofMinutes(5));
            }
        }

        System.out.printf("%n=== Load (point 8): inspection -> disclosure -> credit, %d s windows, %.1f min in all ===%n",
                WINDOW.toSeconds(), (System.nanoTime() - began) / 60e9);
        outcomes.forEach(o -> System.out.println("  " + line(o)));
        System.out.printf("raw Kafka client (same broker, same run, median of %d): %,.0f records/s round trip; synchronous sends %,.0f records/s%n",
                RAW_RUNS, rawRate, syncRate);
        assertThat(best).as("at least one rate step held (steps: %s)", outcomes.stream().map(RateStep.Outcome::verdict).toList()).isNotNull();
        System.out.printf("sustained: %.1f results/s (offered), %.1f/s approved; end-to-end p50 %.0f ms, p99 %.0f ms, max %.0f ms;"
                        + " lag %d at the start of the window (after %d s), %d at its end%n",
                best.offered(), best.achieved(), best.p50(), best.p99(), best.max(), best.lagAtStart(), RateStep.SETTLE.toSeconds(), best.lagAtEnd());
        System.out.printf("ratio to the raw client: %.5f (results/s : records/s); as Kafka events (5 published per result): %.4f;"
                        + " per result the platform makes 3 HTTP calls + 1 read, 5 events, 12 consumptions%n",
                best.offered() / rawRate, best.offered() * 5 / rawRate);
        assertThat(best.arrived()).as("every approved result public and in credit").isEqualTo(best.approved());
        assertThat(rawRate).isPositive();
    }

    static String line(RateStep.Outcome o) {
        return String.format("offered %5.1f/s: %d results, approved %.1f/s (%d failed, start late by up to %.0f ms), %d public and in credit;"
                        + " latency p50 %.0f ms p99 %.0f ms max %.0f ms (p50 first 30 s %.0f, last 30 s %.0f);"
                        + " lag at %d s %d, at end %d, growth %.0f; lag samples %s -> %s",
                o.offered(), o.scheduled(), o.achieved(), o.failed(), o.maxStartDelayMs(), o.arrived(), o.p50(), o.p99(), o.max(),
                o.p50First(), o.p50Last(), RateStep.SETTLE.toSeconds(), o.lagAtStart(), o.lagAtEnd(), o.lagGrowth(),
                o.lagSamples().stream().map(s -> String.valueOf(s[1])).toList(), o.verdict());
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }
}
