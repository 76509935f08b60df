package cn.supervision.disclosure.provincial;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.supervision.disclosure.ledger.PublicationDocument;
import cn.supervision.disclosure.ledger.PushQueue;
import cn.supervision.disclosure.ledger.domain.PushBackoff;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The push worker: takes due records from the durable queue and pushes each through Retry → CircuitBreaker → Bulkhead →
 * TimeLimiter (Resilience4j instances named {@code provincial}). A record leaves the queue only when the province
 * acknowledged its key; every failure schedules the next try by {@link PushBackoff}, so an outage of days is a long
 * queue, not a loss, and delivery resumes by itself when the province is back.
 */
@Component
class ProvincialPusher implements SmartLifecycle {

    static final String INSTANCE = "provincial";
    private static final Logger log = LoggerFactory.getLogger(ProvincialPusher.class);

    private final PushQueue queue;
    private final ProvincialClient client;
    private final ProvincialProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry meters;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final Bulkhead bulkhead;
    private final TimeLimiter timeLimiter;
    private final PushBackoff backoff;
    private final Timer latency;
    private final AtomicBoolean warnedUnconfigured = new AtomicBoolean();
    private ScheduledExecutorService loop;
    private ExecutorService workers;
    private ExecutorService calls;
    private volatile boolean running;

    ProvincialPusher(PushQueue queue, ProvincialClient client, ProvincialProperties properties, JsonMapper json, Clock clock,
            MeterRegistry meters, CircuitBreakerRegistry breakers, RetryRegistry retries, BulkheadRegistry bulkheads,
            TimeLimiterRegistry limiters) {
        this.queue = queue;
        this.client = client;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
        this.circuitBreaker = breakers.circuitBreaker(INSTANCE);
        this.retry = retries.retry(INSTANCE);
        this.bulkhead = bulkheads.bulkhead(INSTANCE);
        this.timeLimiter = limiters.timeLimiter(INSTANCE);
        this.backoff = new PushBackoff(properties.backoffInitial(), properties.backoffMax());
        this.latency = Timer.builder("supervision.disclosure.push.latency").description("One push to the province, retries included")
                .publishPercentileHistogram().register(meters);
        Gauge.builder("supervision.disclosure.push.circuit.state", circuitBreaker, ProvincialPusher::stateCode)
                .description("Provincial circuit breaker: 0 closed, 1 open, 2 half-open, 3 other").register(meters);
        circuitBreaker.getEventPublisher().onStateTransition(e -> log.warn("provincial circuit breaker {}", e.getStateTransition()));
    }

    private static double stateCode(CircuitBreaker breaker) {
        return switch (breaker.getState()) {
            case CLOSED -> 0;
            case OPEN, FORCED_OPEN -> 1;
            case HALF_OPEN -> 2;
            default -> 3;
        };
    }

    /** One pass: pushes the due records; returns how many the province acknowledged. */
    int pushOnce() {
        if (!properties.configured()) {
            if (warnedUnconfigured.compareAndSet(false, true)) {
                log.warn("disclosure.provincial.base-url is not set: public records wait in the push queue");
            }
            return 0;
        }
        if (circuitBreaker.getState() == CircuitBreaker.State.OPEN) {
            return 0; // the breaker moves to half-open by itself; no point claiming records it will not let through
        }
        List<PublicationDocument> due = queue.claim(properties.batchSize(), properties.lease());
        List<CompletableFuture<Boolean>> pushes = new ArrayList<>();
        for (PublicationDocument entry : due) {
            pushes.add(CompletableFuture.supplyAsync(() -> pushOne(entry), workers));
        }
        int acknowledged = 0;
        for (CompletableFuture<Boolean> push : pushes) {
            if (push.join()) {
                acknowledged++;
            }
        }
        return acknowledged;
    }

    private boolean pushOne(PublicationDocument entry) {
        MDC.put("service", "disclosure-service");
        String body = ProvincialFormat.body(json, entry);
        Instant now = clock.instant();
        Timer.Sample sample = Timer.start(meters);
        try {
            ProvincialClient.Ack ack = Retry.decorateCheckedSupplier(retry, CircuitBreaker.decorateCheckedSupplier(circuitBreaker,
                    Bulkhead.decorateCheckedSupplier(bulkhead,
                            () -> timeLimiter.executeFutureSupplier(() -> calls.submit(() -> client.push(entry.key, body)))))).get();
            queue.acknowledged(entry.key, ack.receipt());
            outcome("acknowledged");
            log.info("province acknowledged {} {} (receipt {}, {})", entry.kind, entry.key, ack.receipt(), ack.status());
            return true;
        } catch (CallNotPermittedException | BulkheadFullException notTried) {
            queue.release(entry.key, now.plus(properties.pollInterval()));
            outcome("not_permitted");
            return false;
        } catch (ProvincialRejection e) {
            fail(entry, now, e.getMessage(), "rejected");
            return false;
        } catch (Throwable e) {
            fail(entry, now, e instanceof java.util.concurrent.TimeoutException ? "no answer within the time limit" : String.valueOf(e.getMessage()),
                    "failed");
            return false;
        } finally {
            sample.stop(latency);
        }
    }

    private void fail(PublicationDocument entry, Instant now, String error, String outcome) {
        Instant next = now.plus(backoff.after(entry.attempts + 1));
        queue.failed(entry.key, error, next);
        outcome(outcome);
        log.warn("push of {} {} failed (attempt {}): {}; next try at {}", entry.kind, entry.key, entry.attempts + 1, error, next);
    }

    private void outcome(String outcome) {
        meters.counter("supervision.disclosure.push.attempts", "outcome", outcome).increment();
    }

    CircuitBreaker.State circuitState() {
        return circuitBreaker.getState();
    }

    private void tick() {
        try {
            pushOnce();
        } catch (RuntimeException e) {
            log.warn("push pass failed, will retry: {}", e.toString());
        }
    }

    @Override
    public void start() {
        int concurrency = Math.max(1, bulkhead.getBulkheadConfig().getMaxConcurrentCalls());
        workers = Executors.newFixedThreadPool(concurrency, daemon("provincial-push"));
        calls = Executors.newCachedThreadPool(daemon("provincial-call"));
        loop = Executors.newSingleThreadScheduledExecutor(daemon("provincial-queue"));
        long period = properties.pollInterval().toMillis();
        loop.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
        running = true;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread thread = new Thread(() -> {
                MDC.put("service", "disclosure-service");
                r.run();
            }, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void stop() {
        running = false;
        for (ExecutorService executor : new ExecutorService[] {loop, workers, calls}) {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
