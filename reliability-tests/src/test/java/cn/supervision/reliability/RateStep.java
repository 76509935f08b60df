package cn.supervision.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One rate step of the load benchmark: results of a prepared batch entered and approved at a fixed offered rate for
 * the whole window (open loop: each result is started at its scheduled time, whatever the previous ones took), while
 * the lag is sampled; then a drain until every approved result is public and in credit.
 * <p>
 * Per result, as a clerk works: open the record ({@code GET}), enter both departments' results ({@code PUT} twice, one
 * with a violation), approve ({@code POST .../review}). The end-to-end latency runs from the approval call returning to
 * the later of the two effects ({@link ArrivalClock}).
 * <p>
 * Lag = consumer lag of every group on every consumed topic (end offsets − committed offsets, by an AdminClient) plus
 * every service's outbox backlog (the relay's {@code supervision.outbox.backlog} gauge: events stored, not yet on Kafka).
 * Each result leaves 12 consumer-lag units (2 inspection events × 3 groups, 2 credit events × 3 groups) and 5 outbox
 * events on its way.
 */
final class RateStep {

    static final int LAG_UNITS_PER_RESULT = 17;
    static final Duration SAMPLE_EVERY = Duration.ofSeconds(5);
    static final Duration DRAIN = Duration.ofSeconds(90);
    /**
     * The first seconds of a window fill the pipeline (lag rises from 0 to what is in flight at this rate): growth is
     * judged on the samples after them.
     */
    static final Duration SETTLE = Duration.ofSeconds(20);

    /** What one step measured. */
    record Outcome(double offered, int scheduled, int approved, int failed, double achieved, double maxStartDelayMs,
                   List<long[]> lagSamples, double lagGrowth, int arrived, double p50, double p99, double max,
                   double p50First, double p50Last, boolean held, String verdict) {

        /** The first sample after the pipeline filled ({@link #SETTLE}): the lag the window starts from. */
        long lagAtStart() {
            return settled(lagSamples).isEmpty() ? 0 : settled(lagSamples).get(0)[1];
        }

        long lagAtEnd() {
            return lagSamples.isEmpty() ? 0 : lagSamples.get(lagSamples.size() - 1)[1];
        }
    }

    private final ReliabilityPlatform platform;
    private final ArrivalClock clock;

    RateStep(ReliabilityPlatform platform, ArrivalClock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    Outcome run(InspectionFlow.Batch batch, double rate, Duration window) {
        InspectionFlow flow = new InspectionFlow(platform);
        List<InspectionFlow.Drawn> drawn = batch.drawn();
        int n = drawn.size();
        Map<String, Long> approvedAt = new ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        List<long[]> lag = Collections.synchronizedList(new ArrayList<>());
        double[] maxDelayMs = new double[1];

        ExecutorService clerks = Executors.newFixedThreadPool(32);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        sampler.scheduleAtFixedRate(() -> lag.add(new long[] {(System.nanoTime() - start) / 1_000_000, lagNow()}), 0,
                SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        for (int i = 0; i < n; i++) {
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            } else {
                maxDelayMs[0] = Math.max(maxDelayMs[0], -wait / 1e6);
            }
            InspectionFlow.Drawn d = drawn.get(i);
            clerks.execute(() -> {
                try {
                    flow.inspectAndApprove(batch, d);
                    approvedAt.put(d.objectId(), System.currentTimeMillis());
                } catch (RuntimeException | AssertionError e) {
                    failed.incrementAndGet();
                    System.out.println("LOAD result of " + d.objectId() + " failed: " + e);
                }
            });
        }
        clerks.shutdown();
        awaitTermination(clerks, Duration.ofMinutes(5));
        double elapsed = (System.nanoTime() - start) / 1e9;
        // one last sample at the end of the window, before the drain
        sampler.shutdownNow();
        awaitTermination(sampler, Duration.ofSeconds(30));
        lag.add(new long[] {(System.nanoTime() - start) / 1_000_000, lagNow()});

        long drainUntil = System.nanoTime() + DRAIN.toNanos();
        while (System.nanoTime() < drainUntil && approvedAt.keySet().stream().anyMatch(id -> clock.bothEffects(id) == null)) {
            PlatformState.sleep(250);
        }
        return outcome(rate, n, approvedAt, failed.get(), elapsed, maxDelayMs[0], new ArrayList<>(lag), window);
    }

    private Outcome outcome(double rate, int n, Map<String, Long> approvedAt, int failed, double elapsed, double maxDelayMs,
                            List<long[]> lag, Duration window) {
        List<Long> latencies = new ArrayList<>();
        List<Long> first = new ArrayList<>();
        List<Long> last = new ArrayList<>();
        long windowStart = approvedAt.values().stream().mapToLong(Long::longValue).min().orElse(0);
        long windowEnd = approvedAt.values().stream().mapToLong(Long::longValue).max().orElse(0);
        int arrived = 0;
        for (Map.Entry<String, Long> e : approvedAt.entrySet()) {
            Long both = clock.bothEffects(e.getKey());
            if (both == null) {
                continue;
            }
            arrived++;
            long latency = Math.max(0, both - e.getValue());
            latencies.add(latency);
            if (e.getValue() - windowStart < 30_000) {
                first.add(latency);
            } else if (windowEnd - e.getValue() < 30_000) {
                last.add(latency);
            }
        }
        Collections.sort(latencies);
        Collections.sort(first);
        Collections.sort(last);
        double achieved = approvedAt.size() / elapsed;
        double growth = slopePerSecond(settled(lag)) * (window.toSeconds() - SETTLE.toSeconds());
        double allowedGrowth = LAG_UNITS_PER_RESULT * rate * 2;
        double p50First = percentile(first, 50);
        double p50Last = percentile(last, 50);
        List<String> why = new ArrayList<>();
        if (failed > 0) {
            why.add(failed + " calls failed");
        }
        if (achieved < 0.95 * rate) {
            why.add(String.format("offered %.1f/s, approved only %.1f/s", rate, achieved));
        }
        if (arrived < approvedAt.size()) {
            why.add((approvedAt.size() - arrived) + " results not public and in credit within " + DRAIN.toSeconds() + " s after the window");
        }
        if (growth > allowedGrowth) {
            why.add(String.format("lag grew by %.0f over the window after %d s (allowed: 2 s of flow = %.0f)", growth, SETTLE.toSeconds(), allowedGrowth));
        }
        if (p50Last > 2 * p50First + 1000) {
            why.add(String.format("latency grew: p50 %.0f ms in the first 30 s, %.0f ms in the last 30 s", p50First, p50Last));
        }
        return new Outcome(rate, n, approvedAt.size(), failed, achieved, maxDelayMs, lag, growth, arrived, percentile(latencies, 50),
                percentile(latencies, 99), latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1), p50First, p50Last,
                why.isEmpty(), why.isEmpty() ? "held" : String.join("; ", why));
    }

    /** Consumer lag of every group plus every service's outbox backlog, now. */
    private long lagNow() {
        long backlog = 0;
        for (Svc service : Svc.values()) {
            MeterRegistry meters = platform.context(service).getBean(MeterRegistry.class);
            for (Gauge gauge : meters.find("supervision.outbox.backlog").gauges()) {
                backlog += (long) gauge.value();
            }
        }
        return platform.state().consumerLag() + backlog;
    }

    static List<long[]> settled(List<long[]> samples) {
        return samples.stream().filter(s -> s[0] >= SETTLE.toMillis()).toList();
    }

    /** Least-squares slope of lag over time (per second). */
    static double slopePerSecond(List<long[]> samples) {
        int n = samples.size();
        if (n < 2) {
            return 0;
        }
        double mx = samples.stream().mapToDouble(s -> s[0] / 1000.0).average().orElse(0);
        double my = samples.stream().mapToDouble(s -> s[1]).average().orElse(0);
        double num = 0;
        double den = 0;
        for (long[] s : samples) {
            num += (s[0] / 1000.0 - mx) * (s[1] - my);
            den += (s[0] / 1000.0 - mx) * (s[0] / 1000.0 - mx);
        }
        return den == 0 ? 0 : num / den;
    }

    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void awaitTermination(ExecutorService executor, Duration timeout) {
        try {
            executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
