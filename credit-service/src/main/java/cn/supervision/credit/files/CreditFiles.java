package cn.supervision.credit.files;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import cn.supervision.credit.assessment.domain.Assessment;
import cn.supervision.credit.assessment.domain.Change;
import cn.supervision.credit.assessment.domain.CreditAssessor;
import cn.supervision.credit.assessment.domain.FollowUp;
import cn.supervision.credit.assessment.domain.ListPeriod;
import cn.supervision.credit.assessment.domain.RepairDecision;
import cn.supervision.credit.calendar.Today;
import cn.supervision.credit.directory.KnownObject;
import cn.supervision.credit.directory.KnownObjects;
import cn.supervision.credit.files.domain.CreditEntry;
import cn.supervision.credit.files.domain.CreditFile;
import cn.supervision.credit.repair.domain.RepairApplication;
import cn.supervision.credit.rules.domain.RuleBook;
import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.platform.security.AuditTrail;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Credit files: every change (a new fact, a repair decision, the passing of time) re-evaluates the file under the
 * rules and stores the file, its assessment and the events announcing what changed in one document write.
 * Concurrent writers (the consumer, the daily run, a clerk) are serialised by the document version: a writer that
 * lost the race reloads and applies its change again.
 */
@Service
public class CreditFiles {

    private static final Logger log = LoggerFactory.getLogger(CreditFiles.class);
    private static final int ATTEMPTS = 20;

    private final MongoTemplate mongo;
    private final CreditAssessor assessor;
    private final EventFactory events;
    private final Today today;
    private final Clock clock;
    private final KnownObjects directory;
    private final MeterRegistry meters;

    CreditFiles(MongoTemplate mongo, CreditAssessor assessor, EventFactory events, Today today, Clock clock, KnownObjects directory,
            MeterRegistry meters) {
        this.mongo = mongo;
        this.assessor = assessor;
        this.events = events;
        this.today = today;
        this.clock = clock;
        this.directory = directory;
        this.meters = meters;
    }

    /**
     * Adds {@code entry} to the file of {@code objectId} unless an entry of the same event is already there (the inbox
     * and this write are two writes: after a crash between them the event comes again and must change nothing).
     * Returns whether the entry was added.
     */
    boolean add(String objectId, String uscc, String name, CreditEntry entry) {
        boolean added = write(objectId, true, doc -> {
            if (doc.entries().stream().anyMatch(e -> e.eventId().equals(entry.eventId()))) {
                return false;
            }
            doc.entries.add(entry);
            if (uscc != null) {
                doc.uscc = uscc;
            }
            if (name != null) {
                doc.name = name;
            }
            return true;
        }, Boolean::booleanValue);
        if (added) {
            meters.counter("supervision.credit.entries", "kind", entry.kind().name()).increment();
            log.info("credit file {}: added {} entry from event {}", objectId, entry.kind(), entry.eventId());
            if (directory.find(objectId).isEmpty()) {
                meters.counter("supervision.credit.unknown.object.entries", "kind", entry.kind().name()).increment();
                log.warn("credit file {}: event {} is about an object the registry has not described; kept and flagged UNKNOWN_OBJECT",
                        objectId, entry.eventId());
            }
        } else {
            log.info("credit file {}: entry from event {} already present, nothing changed", objectId, entry.eventId());
        }
        return added;
    }

    /** Re-evaluates a file as of today: what time alone changes (deadlines, expiries, the risk window). */
    boolean review(String objectId) {
        return write(objectId, false, doc -> true, changed -> true);
    }

    /**
     * Lets {@code change} read the assessment and add or decide repair applications, then re-evaluates and stores.
     * {@code change} throws a {@link ProblemException} to refuse: then nothing is written.
     */
    public <T> T changeRepairs(String objectId, BiFunction<Assessment, List<RepairApplication>, T> change) {
        return write(objectId, false, doc -> change.apply(doc.assessment, doc.repairApplications), changed -> true);
    }

    public Optional<Assessment> assessment(String objectId) {
        return Optional.ofNullable(mongo.findById(objectId, CreditFileDocument.class)).map(d -> d.assessment);
    }

    public RuleBook rules() {
        return assessor.rules();
    }

    Optional<CreditFile> find(String objectId) {
        return Optional.ofNullable(mongo.findById(objectId, CreditFileDocument.class)).map(CreditFileDocument::toDomain);
    }

    /** The stored file; one stored before credit assessed files is assessed first. */
    Optional<CreditFileDocument> document(String objectId) {
        CreditFileDocument doc = mongo.findById(objectId, CreditFileDocument.class);
        if (doc != null && doc.assessment == null) {
            review(objectId);
            doc = mongo.findById(objectId, CreditFileDocument.class);
        }
        return Optional.ofNullable(doc);
    }

    /** Ids of the files with something due by {@code day}, and of files stored before credit assessed them. */
    List<String> dueForReview(LocalDate day) {
        Query due = new Query(new Criteria().orOperator(where("nextReviewOn").lte(day), where("assessment").exists(false)));
        due.fields().include("_id");
        return mongo.find(due, CreditFileDocument.class).stream().map(d -> d.objectId).toList();
    }

    private <T> T write(String objectId, boolean create, Function<CreditFileDocument, T> change, Predicate<T> changed) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            CreditFileDocument doc = mongo.findById(objectId, CreditFileDocument.class);
            boolean isNew = doc == null;
            if (isNew && !create) {
                throw ProblemException.notFound("credit file of object " + objectId);
            }
            if (isNew) {
                doc = CreditFileDocument.empty(objectId);
            } else if (doc.getVersion() == null) {
                // a file stored before files were versioned: give it a version, then apply the change to it
                mongo.updateFirst(new Query(where("_id").is(objectId).and("version").exists(false)), new Update().set("version", 0L),
                        CreditFileDocument.class);
                continue;
            }
            T result = change.apply(doc);
            if (!changed.test(result)) {
                return result;
            }
            Assessment before = doc.assessment;
            List<Change> changes = evaluate(doc);
            try {
                if (isNew) {
                    mongo.insert(doc);
                } else {
                    mongo.save(doc);
                }
            } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
                log.debug("credit file {} changed concurrently, applying again (attempt {})", objectId, attempt);
                backOff(attempt);
                continue;
            }
            announced(doc, before, changes);
            AuditTrail.change("credit-file", objectId, before, doc.assessment); // 审计留痕 (staff requests only)
            return result;
        }
        throw new IllegalStateException("credit file " + objectId + " kept changing under " + ATTEMPTS + " attempts to write it");
    }

    /** A short random pause, so that writers who collided do not collide again at once. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 2 + Math.min(attempt, 10) * 3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a credit file", e);
        }
    }

    private List<Change> evaluate(CreditFileDocument doc) {
        LocalDate asOf = today.date();
        List<RepairDecision> approved = doc.repairApplications().stream()
                .filter(r -> r.status() == RepairApplication.Status.APPROVED)
                .map(r -> new RepairDecision(r.applicationId(), r.list(), r.decidedOn())).toList();
        Assessment after = assessor.assess(doc.entries(), approved, asOf);
        List<Change> changes = Change.between(doc.assessment, after);
        doc.assessment = after;
        doc.lists = after.currentLists().stream().map(Enum::name).toList();
        doc.riskLevel = after.risk().level().name();
        doc.nextReviewOn = after.nextReviewOn();
        Instant now = Instant.now(clock);
        for (Change change : changes) {
            record(doc, change, now);
        }
        return changes;
    }

    private void record(CreditFileDocument doc, Change change, Instant now) {
        RuleBook rules = assessor.rules();
        String id = doc.objectId;
        if (change instanceof Change.ListEntered e) {
                ListPeriod p = e.period();
                RuleBook.ListRules list = rules.listRules(p.list());
                String decision = p.decisionId(id, false);
                doc.recordEvent(events.create(CreditEvents.RECORDS, CreditEvents.LIST_CHANGED, id, new CreditEvents.CreditListChanged(id,
                        doc.uscc, doc.displayName(), p.list().name(), "ENTERED", p.entryReason(), p.entryRule(), p.ruleVersion(), p.enteredOn(),
                        list.publish(), decision)));
                if (!list.measures().isEmpty()) {
                    doc.recordEvent(events.create(CreditEvents.RECORDS, CreditEvents.PUNISHMENT_IMPOSED, id,
                            new CreditEvents.JointPunishmentImposed(id, doc.uscc, doc.displayName(), p.list().name(), list.measures(), p.enteredOn(),
                                    decision, p.ruleVersion())));
                }
        } else if (change instanceof Change.ListLeft l) {
                ListPeriod p = l.period();
                RuleBook.ListRules list = rules.listRules(p.list());
                String decision = p.decisionId(id, true);
                doc.recordEvent(events.create(CreditEvents.RECORDS, CreditEvents.LIST_CHANGED, id, new CreditEvents.CreditListChanged(id,
                        doc.uscc, doc.displayName(), p.list().name(), "LEFT", p.leaveReason(), p.leaveRule(), p.ruleVersion(), p.leftOn(),
                        list.publish(), decision)));
                if (!list.measures().isEmpty()) {
                    doc.recordEvent(events.create(CreditEvents.RECORDS, CreditEvents.PUNISHMENT_LIFTED, id,
                            new CreditEvents.JointPunishmentLifted(id, doc.uscc, doc.displayName(), p.list().name(), list.measures(), p.leftOn(),
                                    p.leaveReason(), decision, p.ruleVersion())));
                }
        } else if (change instanceof Change.RiskChanged r) {
            doc.recordEvent(events.create(CreditEvents.RECORDS, CreditEvents.RISK_CHANGED, id,
                    new CreditEvents.CreditRiskChanged(id, doc.uscc, doc.displayName(), r.previous() == null ? null : r.previous().name(),
                            r.risk().level().name(), r.risk().score(), r.risk().parts(), rules.version(), now)));
        } else if (change instanceof Change.FollowUpRequested f) {
                FollowUp followUp = f.followUp();
                FollowUp.Attempt a = f.attempt();
                String objectType = directory.find(id).map(KnownObject::objectType).orElse(null);
                doc.recordEvent(events.create(CreditEvents.FOLLOW_UPS, CreditEvents.FOLLOW_UP_REQUESTED, id, new CreditEvents.FollowUpRequested(
                        a.followUpId(), id, doc.uscc, doc.displayName(), objectType, a.reason(), followUp.violationId(), followUp.inspectionId(),
                        followUp.department() == null ? "unknown" : followUp.department(),
                        List.of(followUp.checkItem() == null ? "unknown" : followUp.checkItem()), a.dueDate(), now, a.number(),
                        followUp.rectificationDeadline(), a.dueDateEstimated(), followUp.ruleVersion())));
        }
    }

    /** Metrics and log lines, once the write that made the changes has succeeded. */
    private void announced(CreditFileDocument doc, Assessment before, List<Change> changes) {
        for (Change change : changes) {
            if (change instanceof Change.ListEntered e) {
                    meters.counter("supervision.credit.list.changes", "list", e.period().list().name(), "change", "ENTERED").increment();
                    log.info("credit file {}: entered {} by rule {} ({}), version {}", doc.objectId, e.period().list(), e.period().entryRule(),
                            e.period().entryReason(), e.period().ruleVersion());
            } else if (change instanceof Change.ListLeft l) {
                    meters.counter("supervision.credit.list.changes", "list", l.period().list().name(), "change", "LEFT").increment();
                    log.info("credit file {}: left {} by rule {} ({}), version {}", doc.objectId, l.period().list(), l.period().leaveRule(),
                            l.period().leaveReason(), l.period().ruleVersion());
            } else if (change instanceof Change.RiskChanged r) {
                    meters.counter("supervision.credit.risk.changes", "level", r.risk().level().name()).increment();
                    log.info("credit file {}: risk level {} -> {} (score {})", doc.objectId, r.previous(), r.risk().level(), r.risk().score());
            } else if (change instanceof Change.FollowUpRequested f) {
                    meters.counter("supervision.credit.follow-ups.requested", "department", String.valueOf(f.followUp().department()),
                            "reason", f.attempt().reason()).increment();
                    log.info("credit file {}: follow-up {} requested for violation {}, re-inspection due {}", doc.objectId,
                            f.attempt().followUpId(), f.followUp().violationId(), f.attempt().dueDate());
            }
        }
        Map<String, FollowUp.Status> was = new HashMap<>();
        if (before != null) {
            before.followUps().forEach(f -> was.put(f.violationId(), f.status()));
        }
        for (FollowUp f : doc.assessment.followUps()) {
            if ((f.status() == FollowUp.Status.CLOSED || f.status() == FollowUp.Status.ESCALATED) && was.get(f.violationId()) != f.status()) {
                meters.counter("supervision.credit.follow-ups.outcomes", "department", String.valueOf(f.department()), "outcome",
                        f.status().name()).increment();
                log.info("credit file {}: follow-up of violation {} {} on {}", doc.objectId, f.violationId(), f.status(), f.closedOn());
            }
        }
    }
}
