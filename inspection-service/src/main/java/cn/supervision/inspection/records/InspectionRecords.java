package cn.supervision.inspection.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.supervision.inspection.access.DepartmentScope;
import cn.supervision.inspection.access.StaffAction;
import cn.supervision.inspection.log.InspectionLog;
import cn.supervision.inspection.log.domain.ChainVerdict;
import cn.supervision.inspection.log.domain.LogEntry;
import cn.supervision.inspection.records.domain.Evidence;
import cn.supervision.inspection.records.domain.Inspection;
import cn.supervision.inspection.records.domain.InspectionStatus;
import cn.supervision.inspection.records.domain.ResultEntry;
import cn.supervision.inspection.records.domain.ReviewDecision;
import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.platform.security.AuditTrail;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Opens, changes and finds inspection records. Every change is one write of one document, carrying its log entries
 * and (on approval) its events; the log entries are then appended to the full-process log and the outbox relay
 * publishes the events.
 */
@Service
class InspectionRecords {

    /** Result dates are calendar days in China, whatever the server's clock zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int LIST_LIMIT = 500;
    private static final int ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(InspectionRecords.class);

    private final InspectionRepository records;
    private final MongoTemplate mongo;
    private final EventFactory events;
    private final InspectionLog inspectionLog;
    private final DepartmentScope scope;
    private final MeterRegistry meters;
    private final Clock clock;

    InspectionRecords(InspectionRepository records, MongoTemplate mongo, EventFactory events, InspectionLog inspectionLog, DepartmentScope scope,
            MeterRegistry meters, Clock clock) {
        this.records = records;
        this.mongo = mongo;
        this.events = events;
        this.inspectionLog = inspectionLog;
        this.scope = scope;
        this.meters = meters;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Stores a newly opened record with its first log entry; false when the record exists already (a redelivered or repeated draw). */
    boolean open(Inspection inspection, String eventId) {
        if (records.existsById(inspection.id())) {
            log.info("inspection {} already open, draw ignored taskId={} objectId={} eventId={}", inspection.id(), inspection.taskId(),
                    inspection.objectId(), eventId);
            return false;
        }
        InspectionDocument document = InspectionDocument.of(inspection);
        LogActions.opened(document, inspection, eventId, clock.instant());
        try {
            records.insert(document);
        } catch (DuplicateKeyException raced) {
            return false;
        }
        flushLog(document);
        meters.counter("supervision.inspection.opened", "taskType", inspection.taskType().name()).increment();
        log.info("inspection opened taskId={} objectId={} taskType={} items={} inspectors={} eventId={}", inspection.taskId(), inspection.objectId(),
                inspection.taskType(), inspection.checkItems().size(), inspection.inspectors().size(), eventId);
        return true;
    }

    Inspection find(String taskId, String objectId) {
        return document(taskId, objectId).inspection;
    }

    private InspectionDocument document(String taskId, String objectId) {
        String id = Inspection.idOf(taskId, objectId);
        return records.findById(id).orElseThrow(() -> ProblemException.notFound("inspection " + id));
    }

    List<Inspection> list(String taskId, String objectId) {
        return list(taskId, objectId, null, null, null);
    }

    /**
     * As {@link #list(String, String)}, also by an assigned inspector (an inspector's own work list), by state and by
     * department (a reviewer's queue: SUBMITTED records of their department).
     */
    List<Inspection> list(String taskId, String objectId, String inspectorId, InspectionStatus status, String department) {
        Criteria criteria = new Criteria();
        if (inspectorId != null && !inspectorId.isBlank()) {
            criteria = criteria.and("inspection.inspectors.inspectorId").is(inspectorId);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status.name());
        }
        if (department != null && !department.isBlank()) {
            criteria = criteria.and("departments").is(department);
        }
        if (taskId != null && !taskId.isBlank()) {
            criteria = criteria.and("taskId").is(taskId);
        }
        if (objectId != null && !objectId.isBlank()) {
            criteria = criteria.and("objectId").is(objectId);
        }
        Query query = new Query(criteria).with(Sort.by("_id")).limit(LIST_LIMIT);
        return mongo.find(query, InspectionDocument.class).stream().map(d -> d.inspection).toList();
    }

    /** Records past their task's deadline and not completed, oldest deadline first; of one department when given. */
    List<Inspection> overdue(String department) {
        return overdue(department, LIST_LIMIT);
    }

    /** As {@link #overdue(String)}, with a limit (0: all of them, for counting). */
    List<Inspection> overdue(String department, int limit) {
        Criteria criteria = where("status").ne(InspectionStatus.COMPLETED.name()).and("dueDate").lt(today());
        if (department != null && !department.isBlank()) {
            criteria = criteria.and("departments").is(department);
        }
        return mongo.find(new Query(criteria).with(Sort.by("dueDate", "_id")).limit(limit), InspectionDocument.class).stream()
                .map(d -> d.inspection).toList();
    }

    Inspection notifyBusiness(String taskId, String objectId, String inspectorId, LocalDate noticeDate, LocalDate visitDate, String toPrepare) {
        return change(taskId, objectId, inspectorId, StaffAction.NOTIFY_BUSINESS,
                (d, before) -> before.notifyBusiness(inspectorId, noticeDate, visitDate, toPrepare, today()));
    }

    Inspection startVisit(String taskId, String objectId, String inspectorId, LocalDate visitedOn) {
        return change(taskId, objectId, inspectorId, StaffAction.START_VISIT, (d, before) -> before.startVisit(inspectorId, visitedOn, today()));
    }

    Inspection enterResults(String taskId, String objectId, String inspectorId, List<ResultEntry> entries, boolean draft) {
        return change(taskId, objectId, inspectorId, StaffAction.ENTER_RESULTS,
                (d, before) -> before.enterResults(inspectorId, entries, today(), draft));
    }

    Inspection submit(String taskId, String objectId, String inspectorId) {
        return change(taskId, objectId, inspectorId, StaffAction.SUBMIT, (d, before) -> before.submit(inspectorId));
    }

    Inspection declareOutcome(String taskId, String objectId, String inspectorId, String outcome, String reason) {
        return change(taskId, objectId, inspectorId, StaffAction.DECLARE_OUTCOME,
                (d, before) -> before.declareOutcome(inspectorId, outcome, reason, today()));
    }

    Inspection addEvidence(String taskId, String objectId, Evidence evidence) {
        return change(taskId, objectId, evidence.uploadedBy(), StaffAction.ADD_EVIDENCE, (d, before) -> before.addEvidence(evidence));
    }

    /** Checks, before anything is stored, that this person may attach evidence to the record now. */
    Inspection checkEvidenceAllowed(String taskId, String objectId, String uploadedBy) {
        Inspection record = find(taskId, objectId);
        scope.check(uploadedBy, StaffAction.ADD_EVIDENCE, record.id(), record.departments());
        record.inspector(uploadedBy, "uploadedBy");
        if (record.status() == InspectionStatus.COMPLETED) {
            throw ProblemException.conflict("status", "inspection " + record.id() + " is completed; its evidence is final");
        }
        return record;
    }

    Inspection review(String taskId, String objectId, String reviewerId, ReviewDecision decision, String reason) {
        return change(taskId, objectId, reviewerId, StaffAction.REVIEW, (document, before) -> {
            Inspection after = before.review(reviewerId, decision, reason, clock.instant(), today());
            if (after != before && after.status() == InspectionStatus.COMPLETED) {
                InspectionEvents.recordApproval(document, events, after);
            }
            return after;
        });
    }

    /** The full-process log of a record: its stored entries and those still travelling with the record. */
    List<LogEntry> logOf(String taskId, String objectId) {
        InspectionDocument document = document(taskId, objectId);
        java.util.Map<Long, LogEntry> bySeq = new java.util.TreeMap<>();
        if (document.pendingLog != null) {
            document.pendingLog.forEach(e -> bySeq.put(e.seq(), e));
        }
        inspectionLog.entries(document.id).forEach(e -> bySeq.put(e.seq(), e));
        return List.copyOf(bySeq.values());
    }

    ChainVerdict verifyLog(String taskId, String objectId) {
        InspectionDocument document = document(taskId, objectId);
        return inspectionLog.verify(document.id, document.pendingLog, document.logSeq, document.lastLogHash);
    }

    /** A change of one record by its domain rule, stored in one write with its log entries; a concurrent change of the same record is retried. */
    private Inspection change(String taskId, String objectId, String actor, StaffAction action, Change change) {
        String id = Inspection.idOf(taskId, objectId);
        for (int attempt = 1; ; attempt++) {
            InspectionDocument document = document(taskId, objectId);
            Inspection before = document.inspection;
            scope.check(actor, action, id, before.departments());
            Inspection after = change.apply(document, before);
            if (after == before) {
                return before;
            }
            document.update(after);
            LogActions.changed(document, before, after, actor, clock.instant());
            try {
                records.save(document);
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt >= ATTEMPTS) {
                    throw ProblemException.conflict("version", "inspection " + id + " is being changed by someone else; try again");
                }
                continue;
            }
            flushLog(document);
            AuditTrail.change("inspection", id, before, after); // 审计留痕: before and after
            log.info("{} by {} taskId={} objectId={} status {} -> {}", action, actor, taskId, objectId, before.status(), after.status());
            count(before, after);
            return after;
        }
    }

    private void count(Inspection before, Inspection after) {
        String department = after.initiatingDepartment() == null ? "unknown" : after.initiatingDepartment();
        if (after.status() == InspectionStatus.COMPLETED && before.status() != InspectionStatus.COMPLETED) {
            // results produced (approved), by category: what goes public and into credit
            after.results().forEach(r -> meters.counter("supervision.inspection.results", "category", r.category().code()).increment());
            meters.counter("supervision.inspection.completed", "taskType", after.taskType().name(), "department", department).increment();
        }
        if (after.status() == InspectionStatus.RETURNED && before.status() != InspectionStatus.RETURNED) {
            meters.counter("supervision.inspection.returned", "department", department).increment();
        }
    }

    /**
     * Appends the entries the record carries to the log collection, then clears them from the record unless a later
     * change added more meanwhile (that change's own flush clears them). Appending twice stores an entry once.
     */
    private void flushLog(InspectionDocument document) {
        if (document.pendingLog == null || document.pendingLog.isEmpty()) {
            return;
        }
        try {
            inspectionLog.append(document.pendingLog);
            mongo.updateFirst(new Query(where("_id").is(document.id).and("logSeq").is(document.logSeq)), new Update().set("pendingLog", List.of()),
                    InspectionDocument.COLLECTION);
        } catch (RuntimeException e) {
            // the entries stay with the record; the periodic flush below retries them
            log.warn("log entries of inspection {} not appended yet: {}", document.id, e.toString());
        }
    }

    /** Appends log entries left with records by an interrupted flush (crash, database hiccup). */
    @Scheduled(fixedDelayString = "${inspection.log.flush-interval:PT30S}", initialDelayString = "${inspection.log.flush-interval:PT30S}")
    void flushPendingLogs() {
        for (InspectionDocument document : mongo.find(new Query(where("pendingLog.0").exists(true)).limit(LIST_LIMIT), InspectionDocument.class)) {
            flushLog(document);
        }
    }

    @FunctionalInterface
    private interface Change {
        Inspection apply(InspectionDocument document, Inspection before);
    }
}
