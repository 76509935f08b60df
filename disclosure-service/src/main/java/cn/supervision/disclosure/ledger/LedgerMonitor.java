package cn.supervision.disclosure.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import cn.supervision.disclosure.ledger.domain.Timeliness;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Watches the ledger: raises overdue results and keeps the gauges of issue 6 current — share of results fully
 * published (target 100 %), share on time, overdue count, push backlog and the age of its oldest entry.
 */
@Component
public class LedgerMonitor {

    private static final Logger log = LoggerFactory.getLogger(LedgerMonitor.class);

    private final Ledger ledger;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final AtomicReference<Double> publishedShare = new AtomicReference<>(1.0);
    private final AtomicReference<Double> onTimeShare = new AtomicReference<>(1.0);
    private final AtomicLong overdue = new AtomicLong();
    private final AtomicLong unknownDeadlines = new AtomicLong();
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();

    LedgerMonitor(Ledger ledger, MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        this.ledger = ledger;
        this.mongo = mongo;
        this.clock = clock;
        Gauge.builder("supervision.disclosure.results.published.share", publishedShare, share -> share.get())
                .description("Share of results on the public pages and acknowledged by the province (target 1.0)").register(meters);
        Gauge.builder("supervision.disclosure.results.ontime.share", onTimeShare, share -> share.get())
                .description("Share of results fully public within 20 working days, of those decided").register(meters);
        Gauge.builder("supervision.disclosure.results.overdue", overdue, AtomicLong::get)
                .description("Results past their deadline and not yet acknowledged by the province").register(meters);
        Gauge.builder("supervision.disclosure.results.deadline.unknown", unknownDeadlines, AtomicLong::get)
                .description("Results whose deadline falls in a year the calendar lacks (load the year's notice)").register(meters);
        Gauge.builder("supervision.disclosure.push.backlog", backlog, AtomicLong::get)
                .description("Public records not yet acknowledged by the provincial platform").register(meters);
        Gauge.builder("supervision.disclosure.push.oldest.pending.seconds", oldestPendingSeconds, AtomicLong::get)
                .description("Age of the oldest record not yet acknowledged by the province").baseUnit("seconds").register(meters);
    }

    @Scheduled(initialDelayString = "${disclosure.deadlines.check-interval-ms:60000}",
            fixedDelayString = "${disclosure.deadlines.check-interval-ms:60000}")
    void check() {
        try {
            ledger.raiseOverdue();
            measure();
        } catch (RuntimeException e) {
            log.warn("ledger check failed, will retry: {}", e.toString());
        }
    }

    /** Recomputes every gauge from the ledger (small: one entry per public record, never the searched collections). */
    public void measure() {
        LocalDate today = ledger.today();
        Map<String, PublicationDocument> results = new HashMap<>();
        long pending = 0;
        Instant oldest = null;
        Query query = new Query();
        query.fields().exclude("content", "outbox");
        for (PublicationDocument entry : mongo.find(query, PublicationDocument.class)) {
            if (PublicationDocument.PENDING.equals(entry.pushStatus)) {
                pending++;
                if (oldest == null || entry.enqueuedAt.isBefore(oldest)) {
                    oldest = entry.enqueuedAt;
                }
            }
            if (entry.result) {
                // a correction is a new version of the same result: the first delivery counts
                results.merge(entry.recordId, entry, (a, b) -> a.deliveredOn != null && (b.deliveredOn == null || !b.deliveredOn.isBefore(a.deliveredOn)) ? a : b);
            }
        }
        long delivered = 0;
        long decided = 0;
        long onTime = 0;
        long late = 0;
        long unknown = 0;
        for (PublicationDocument r : results.values()) {
            if (r.deadlineUnknown) {
                unknown++;
            }
            if (r.deliveredOn != null) {
                delivered++;
            }
            if (Timeliness.onTime(r.deadline, r.publishedOn, r.deliveredOn)) {
                onTime++;
                decided++;
            } else if (r.deadline != null && (r.deliveredOn != null || today.isAfter(r.deadline))) {
                decided++;
                if (r.deliveredOn == null) {
                    late++;
                }
            }
        }
        publishedShare.set(results.isEmpty() ? 1.0 : (double) delivered / results.size());
        onTimeShare.set(decided == 0 ? 1.0 : (double) onTime / decided);
        overdue.set(late);
        unknownDeadlines.set(unknown);
        backlog.set(pending);
        oldestPendingSeconds.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds()));
    }

    public long backlog() {
        return backlog.get();
    }
}
