package cn.supervision.inspection.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.supervision.inspection.records.domain.Inspection;
import cn.supervision.inspection.records.domain.InspectionStatus;
import cn.supervision.inspection.records.domain.ItemResult;
import cn.supervision.inspection.records.domain.ResultEntry;
import cn.supervision.inspection.records.domain.ReviewDecision;
import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Opens, changes and finds inspection records. Every change is one write of one document; approval stores the
 * completed record together with its events, which the outbox relay then publishes.
 */
@Service
class InspectionRecords {

    /** Result dates are calendar days in China, whatever the server's clock zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int LIST_LIMIT = 500;
    private static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(InspectionRecords.class);

    private final InspectionRepository records;
    private final MongoTemplate mongo;
    private final EventFactory events;
    private final MeterRegistry meters;
    private final Clock clock;

    InspectionRecords(InspectionRepository records, MongoTemplate mongo, EventFactory events, MeterRegistry meters, Clock clock) {
        this.records = records;
        this.mongo = mongo;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
    }

    /** Stores a newly opened record; false when the record exists already (a redelivered or repeated draw). */
    boolean open(Inspection inspection) {
        if (records.existsById(inspection.id())) {
            log.info("inspection {} already open, draw ignored taskId={} objectId={}", inspection.id(), inspection.taskId(), inspection.objectId());
            return false;
        }
        try {
            records.insert(InspectionDocument.of(inspection));
        } catch (DuplicateKeyException raced) {
            return false;
        }
        log.info("inspection opened taskId={} objectId={} items={} inspectors={}", inspection.taskId(), inspection.objectId(),
                inspection.checkItems().size(), inspection.inspectors().size());
        return true;
    }

    Inspection find(String taskId, String objectId) {
        String id = Inspection.idOf(taskId, objectId);
        return records.findById(id).map(d -> d.inspection).orElseThrow(() -> ProblemException.notFound("inspection " + id));
    }

    List<Inspection> list(String taskId, String objectId) {
        Criteria criteria = new Criteria();
        if (taskId != null && !taskId.isBlank()) {
            criteria = criteria.and("taskId").is(taskId);
        }
        if (objectId != null && !objectId.isBlank()) {
            criteria = criteria.and("objectId").is(objectId);
        }
        Query query = new Query(criteria).with(Sort.by("_id")).limit(LIST_LIMIT);
        return mongo.find(query, InspectionDocument.class).stream().map(d -> d.inspection).toList();
    }

    Inspection enterResults(String taskId, String objectId, String inspectorId, List<ResultEntry> entries) {
        return change(taskId, objectId, (document, before) -> {
            Inspection after = before.enterResults(inspectorId, entries, LocalDate.now(clock.withZone(ZONE)));
            if (after != before) {
                log.info("results entered by {} taskId={} objectId={} status {} -> {}", inspectorId, taskId, objectId, before.status(), after.status());
            }
            return after;
        });
    }

    Inspection review(String taskId, String objectId, String reviewerId, ReviewDecision decision, String reason) {
        return change(taskId, objectId, (document, before) -> {
            Inspection after = before.review(reviewerId, decision, reason, clock.instant(), LocalDate.now(clock.withZone(ZONE)));
            if (after != before && after.status() == InspectionStatus.COMPLETED) {
                document.recordEvent(events.create(InspectionEvents.TOPIC, InspectionEvents.COMPLETED, after.objectId(),
                        InspectionEvents.completed(after)));
                for (ItemResult violation : after.violations()) {
                    document.recordEvent(events.create(InspectionEvents.TOPIC, InspectionEvents.VIOLATION_FOUND, after.objectId(),
                            InspectionEvents.violationFound(after, violation)));
                }
            }
            if (after != before) {
                log.info("review by {} ({}) taskId={} objectId={} status {} -> {}", reviewerId, decision, taskId, objectId, before.status(),
                        after.status());
            }
            return after;
        });
    }

    /** A change of one record by its domain rule, stored in one write; a concurrent change of the same record is retried. */
    private Inspection change(String taskId, String objectId, Change change) {
        String id = Inspection.idOf(taskId, objectId);
        for (int attempt = 1; ; attempt++) {
            InspectionDocument document = records.findById(id).orElseThrow(() -> ProblemException.notFound("inspection " + id));
            Inspection before = document.inspection;
            Inspection after = change.apply(document, before);
            if (after == before) {
                return before;
            }
            document.update(after);
            try {
                records.save(document);
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt >= ATTEMPTS) {
                    throw ProblemException.conflict("version", "inspection " + id + " is being changed by someone else; try again");
                }
                continue;
            }
            if (after.status() == InspectionStatus.COMPLETED && before.status() != InspectionStatus.COMPLETED) {
                // results produced (approved), by category: what goes public and into credit
                after.results().forEach(r -> meters.counter("supervision.inspection.results", "category", r.category().code()).increment());
            }
            return after;
        }
    }

    @FunctionalInterface
    private interface Change {
        Inspection apply(InspectionDocument document, Inspection before);
    }
}
