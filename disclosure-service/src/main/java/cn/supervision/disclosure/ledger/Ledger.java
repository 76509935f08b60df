package cn.supervision.disclosure.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import cn.supervision.disclosure.ledger.domain.Timeliness;
import cn.supervision.disclosure.ledger.domain.Timeliness.OverdueReason;
import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.outbox.PendingEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Enters public records in the ledger (and so in the push queue), and raises overdue results. */
@Service
public class Ledger {

    /** Dates of the regime are Beijing dates, whatever the server's zone. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(Ledger.class);

    private final MongoTemplate mongo;
    private final EventFactory events;
    private final Clock clock;
    private final MeterRegistry meters;

    Ledger(MongoTemplate mongo, EventFactory events, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    /**
     * Enters {@code record} once per key: the entry, its {@code ResultPublished} (results) and, when it arrives after
     * its deadline, its {@code DisclosureOverdue} are one insert. A repeated key changes nothing; returns whether it was new.
     */
    public boolean enter(PublicRecord record) {
        PublicationDocument entry = new PublicationDocument();
        entry.key = record.key();
        entry.kind = record.kind().name();
        entry.result = record.kind().isResult();
        entry.recordId = record.recordId();
        entry.sourceEventId = record.sourceEventId();
        entry.objectId = record.objectId();
        entry.taskId = record.taskId();
        entry.departments = record.departments();
        entry.category = record.category();
        entry.resultDate = record.resultDate();
        entry.deadline = record.deadline();
        entry.deadlineUnknown = record.deadlineUnknown();
        entry.publishedOn = today();
        entry.enqueuedAt = clock.instant();
        entry.content = record.content();
        entry.pushStatus = PublicationDocument.PENDING;
        entry.nextAttemptAt = clock.instant();
        if (entry.result) {
            entry.recordEvent(events.create(LedgerEvents.TOPIC, LedgerEvents.RESULT_PUBLISHED, keyOf(entry),
                    new LedgerEvents.ResultPublished(entry.key, entry.kind, entry.recordId, entry.taskId, entry.objectId, entry.departments,
                            entry.category, entry.resultDate, entry.publishedOn, entry.deadline, entry.deadlineUnknown, entry.sourceEventId)));
            Optional<OverdueReason> late = Timeliness.atPublication(entry.deadline, entry.publishedOn);
            late.ifPresent(reason -> {
                entry.overdueRaised = true;
                entry.overdueReason = reason.name();
                entry.recordEvent(overdueEvent(entry, reason, entry.publishedOn));
            });
        }
        try {
            mongo.insert(entry);
        } catch (DuplicateKeyException repeated) {
            log.debug("ledger entry {} already there", entry.key);
            return false;
        }
        meters.counter("supervision.disclosure.records.published", "kind", entry.kind).increment();
        if (entry.overdueRaised) {
            overdueCounted(entry);
        }
        log.info("ledger: {} {} public (object {}, task {}, source event {}), deadline {}", entry.kind, entry.recordId, entry.objectId,
                entry.taskId, entry.sourceEventId, entry.deadline == null ? (entry.deadlineUnknown ? "unknown" : "-") : entry.deadline);
        return true;
    }

    /**
     * Raises {@code DisclosureOverdue} for every result whose deadline passed before the province acknowledged it; each
     * entry at most once (the flag and the event are one guarded update). Returns how many were raised.
     */
    public int raiseOverdue() {
        LocalDate today = today();
        Query due = new Query(where("result").is(true).and("overdueRaised").is(false).and("pushStatus").is(PublicationDocument.PENDING)
                .and("deadline").lt(today));
        int raised = 0;
        for (PublicationDocument entry : mongo.find(due, PublicationDocument.class)) {
            Optional<OverdueReason> reason = Timeliness.onDay(entry.deadline, entry.deliveredOn, today);
            if (reason.isEmpty()) {
                continue;
            }
            entry.overdueReason = reason.get().name();
            PendingEvent event = overdueEvent(entry, reason.get(), today);
            Update update = new Update().set("overdueRaised", true).set("overdueReason", reason.get().name()).push("outbox", event);
            PublicationDocument updated = mongo.findAndModify(new Query(where("_id").is(entry.key).and("overdueRaised").is(false)), update,
                    FindAndModifyOptions.options().returnNew(true), PublicationDocument.class);
            if (updated != null) {
                raised++;
                overdueCounted(updated);
            }
        }
        return raised;
    }

    /** Fills in the deadline of entries counted while the calendar lacked a year, now that it knows it. */
    public int fillDeadlines(java.util.function.Function<LocalDate, Optional<LocalDate>> deadlineOf) {
        int filled = 0;
        for (PublicationDocument entry : mongo.find(new Query(where("deadlineUnknown").is(true)), PublicationDocument.class)) {
            Optional<LocalDate> deadline = deadlineOf.apply(entry.resultDate);
            if (deadline.isPresent()) {
                mongo.updateFirst(new Query(where("_id").is(entry.key)), new Update().set("deadline", deadline.get()).set("deadlineUnknown", false),
                        PublicationDocument.class);
                filled++;
            }
        }
        return filled;
    }

    /** The results raised as overdue, most overdue first. */
    public List<PublicationDocument> overdue() {
        return mongo.find(new Query(where("overdueRaised").is(true)).with(Sort.by("deadline", "_id")), PublicationDocument.class);
    }

    private PendingEvent overdueEvent(PublicationDocument entry, OverdueReason reason, LocalDate detectedOn) {
        return events.create(LedgerEvents.TOPIC, LedgerEvents.OVERDUE, keyOf(entry),
                new LedgerEvents.DisclosureOverdue(entry.key, entry.kind, entry.recordId, entry.taskId, entry.objectId, entry.departments,
                        entry.resultDate, entry.deadline, detectedOn, reason.name(), entry.sourceEventId));
    }

    private void overdueCounted(PublicationDocument entry) {
        meters.counter("supervision.disclosure.overdue.raised", "reason", entry.overdueReason, "kind", entry.kind).increment();
        log.warn("disclosure overdue: {} {} (object {}, task {}) deadline {} reason {}", entry.kind, entry.recordId, entry.objectId,
                entry.taskId, entry.deadline, entry.overdueReason);
    }

    /** Events are keyed by the object, so that one object's public history keeps its order. */
    private static String keyOf(PublicationDocument entry) {
        return entry.objectId != null ? entry.objectId : entry.recordId;
    }
}
