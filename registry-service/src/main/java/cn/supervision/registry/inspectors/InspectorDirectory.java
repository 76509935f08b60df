package cn.supervision.registry.inspectors;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.platform.security.AuditTrail;
import cn.supervision.registry.access.ActingUser;
import cn.supervision.registry.access.DepartmentScope;
import cn.supervision.registry.departments.Departments;
import cn.supervision.registry.departments.RegistrySettings;
import cn.supervision.registry.history.domain.History;
import cn.supervision.registry.inspectors.domain.Inspector;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Enrols and changes inspectors; each change stores the inspector, its version and its {@code InspectorChanged} event in one write. */
@Service
class InspectorDirectory {

    static final String TOPIC = "registry.inspectors";
    static final String CHANGED = "registry.InspectorChanged.v1";
    private static final Set<String> OBJECT_TYPES = Set.of("ENTERPRISE", "INDIVIDUAL_BUSINESS", "CONSTRUCTION_PROJECT");
    private static final Logger log = LoggerFactory.getLogger(InspectorDirectory.class);

    private final InspectorRepository inspectors;
    private final MongoTemplate mongo;
    private final EventFactory events;
    private final Departments departments;
    private final RegistrySettings settings;
    private final DepartmentScope scope;
    private final MeterRegistry meters;
    private final Clock clock;

    InspectorDirectory(InspectorRepository inspectors, MongoTemplate mongo, EventFactory events, Departments departments, RegistrySettings settings,
            DepartmentScope scope, MeterRegistry meters, Clock clock) {
        this.inspectors = inspectors;
        this.mongo = mongo;
        this.events = events;
        this.departments = departments;
        this.settings = settings;
        this.scope = scope;
        this.meters = meters;
        this.clock = clock;
    }

    Inspector.Rules rules() {
        return new Inspector.Rules(departments.codes(), settings::knowsRegion,
                q -> OBJECT_TYPES.contains(q) || mongo.exists(new Query(where("_id").is(q)), "check_items"));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    Inspector enrol(String certificateNumber, Inspector.Details details, String reason) {
        Inspector inspector = Inspector.enrol(certificateNumber, details, rules());
        ActingUser user = scope.current();
        scope.authorise(user, List.of(inspector.department()), "department");
        InspectorDocument document = new InspectorDocument();
        document.change(inspector, inspector.statusOn(today()), Instant.now(clock), user.name(), reason == null || reason.isBlank() ? "enrolled" : reason.strip());
        document.recordEvent(events.create(TOPIC, CHANGED, inspector.certificateNumber(), InspectorState.of(inspector, today())));
        try {
            inspectors.insert(document);
        } catch (DuplicateKeyException duplicate) {
            throw ProblemException.conflict("certificateNumber", "inspector " + inspector.certificateNumber() + " is already enrolled");
        }
        count(inspector);
        log.info("enrolled inspector {} ({}) by {}", inspector.certificateNumber(), inspector.department(), user.name());
        return inspector;
    }

    Optional<Inspector> amend(String certificateNumber, Inspector.Details details, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "say why the inspector changes (it is kept in the history)");
        }
        ActingUser user = scope.current();
        for (int attempt = 1; ; attempt++) {
            Optional<InspectorDocument> found = inspectors.findById(certificateNumber);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            InspectorDocument document = found.get();
            Inspector before = document.toDomain();
            scope.authorise(user, List.of(before.department()), "department");
            Inspector after = before.amend(details, rules());
            scope.authorise(user, List.of(after.department()), "department");
            if (after.equals(before)) {
                return Optional.of(before);
            }
            document.change(after, after.statusOn(today()), Instant.now(clock), user.name(), reason.strip());
            document.recordEvent(events.create(TOPIC, CHANGED, certificateNumber, InspectorState.of(after, today())));
            // 审计留痕 without the ID number and phone: the same view the event carries
            AuditTrail.change("inspector", certificateNumber, InspectorState.of(before, today()), InspectorState.of(after, today()));
            try {
                inspectors.save(document);
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt >= 5) {
                    throw ProblemException.conflict("certificateNumber", "inspector " + certificateNumber + " is being changed by someone else");
                }
                continue;
            }
            count(after);
            log.info("inspector {} changed by {}: {}", certificateNumber, user.name(), reason);
            return Optional.of(after);
        }
    }

    private void count(Inspector i) {
        meters.counter("supervision.registry.inspectors.changed", "department", i.department()).increment();
    }

    Optional<InspectorDocument> document(String certificateNumber) {
        return inspectors.findById(certificateNumber);
    }

    InspectorDocument require(String certificateNumber) {
        return document(certificateNumber).orElseThrow(() -> ProblemException.notFound("inspector " + certificateNumber));
    }

    List<History.Entry> history(String certificateNumber) {
        return History.entries(require(certificateNumber).versions());
    }

    /** Every inspector (now, or as of a moment) in certificate-number order. */
    List<Inspector> all(Instant asOf) {
        List<Inspector> all = new ArrayList<>();
        for (InspectorDocument d : mongo.find(new Query().with(Sort.by("_id")), InspectorDocument.class)) {
            if (asOf == null) {
                all.add(d.toDomain());
            } else {
                History.asOf(d.versions(), asOf).ifPresent(all::add);
            }
        }
        return all;
    }
}
