package cn.supervision.registry.objects;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.platform.security.AuditTrail;
import cn.supervision.registry.access.ActingUser;
import cn.supervision.registry.access.DepartmentScope;
import cn.supervision.registry.departments.Departments;
import cn.supervision.registry.departments.RegistrySettings;
import cn.supervision.registry.history.domain.History;
import cn.supervision.registry.objects.domain.DirectoryRules;
import cn.supervision.registry.objects.domain.InspectionObject;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Changes to the object directory, one object at a time: validates, stores the new state, its version and its event
 * ({@code ObjectRegistered} / {@code ObjectChanged} / {@code ObjectDeregistered}) in one document write.
 */
@Service
class ObjectDirectory {

    static final String TOPIC = "registry.objects";
    static final String REGISTERED = "registry.ObjectRegistered.v1";
    static final String CHANGED = "registry.ObjectChanged.v1";
    static final String DEREGISTERED = "registry.ObjectDeregistered.v1";
    private static final Logger log = LoggerFactory.getLogger(ObjectDirectory.class);

    private final ObjectRepository objects;
    private final EventFactory events;
    private final Departments departments;
    private final RegistrySettings settings;
    private final DepartmentScope scope;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ParkedEvents parked;

    ObjectDirectory(ObjectRepository objects, EventFactory events, Departments departments, RegistrySettings settings, DepartmentScope scope,
            MeterRegistry meters, Clock clock, ParkedEvents parked) {
        this.parked = parked;
        this.objects = objects;
        this.events = events;
        this.departments = departments;
        this.settings = settings;
        this.scope = scope;
        this.meters = meters;
        this.clock = clock;
    }

    DirectoryRules rules() {
        return new DirectoryRules(departments.codes(), settings::knowsRegion, settings.manyComplaints());
    }

    InspectionObject register(RegisterObjectRequest request) {
        InspectionObject object = InspectionObject.register(request.uscc(), request.code(), request.type(), request.details(), rules());
        ActingUser user = scope.current();
        scope.authorise(user, object.supervisingDepartments(), "supervisingDepartments");
        if (objects.existsById(object.key())) {
            throw ProblemException.conflict(object.uscc() != null ? "uscc" : "code", "an object with key " + object.key() + " is already registered");
        }
        ObjectDocument document = new ObjectDocument();
        document.change(object, Instant.now(clock), user.name(), reasonOr(request.reason(), "registered"));
        document.recordEvent(events.create(TOPIC, REGISTERED, object.key(), ObjectState.of(object)));
        try {
            objects.insert(document);
        } catch (DuplicateKeyException raced) {
            throw ProblemException.conflict(object.uscc() != null ? "uscc" : "code", "an object with key " + object.key() + " is already registered");
        }
        AuditTrail.change("object", object.key(), null, object);
        meters.counter("supervision.registry.objects.registered", "type", object.type().name()).increment();
        log.info("registered object {} ({}) by {}", object.key(), object.type(), user.name());
        parked.release(object.key());
        return find(object.key());
    }

    /** A clerk's change: the departments of the object before and after must both be the clerk's to change. */
    InspectionObject amend(String key, ChangeObjectRequest request) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw ProblemException.invalid("reason", "say why the object changes (it is kept in the history)");
        }
        ActingUser user = scope.current();
        return change(key, user.name(), request.reason().strip(), current -> {
            scope.authorise(user, current.supervisingDepartments(), "supervisingDepartments");
            InspectionObject amended = current.amend(request.details(), rules());
            scope.authorise(user, amended.supervisingDepartments(), "supervisingDepartments");
            AuditTrail.change("object", key, current, amended); // 审计留痕: before and after
            return amended;
        }).orElseThrow(() -> ProblemException.notFound("object " + key));
    }

    /**
     * Applies {@code how} to the stored object and records the result as a new version with its event; nothing is
     * written when the state does not change. Retries when another writer got there first (optimistic locking).
     * Empty when the object is unknown.
     */
    Optional<InspectionObject> change(String key, String who, String why, UnaryOperator<InspectionObject> how) {
        for (int attempt = 1; ; attempt++) {
            Optional<ObjectDocument> found = objects.findById(key);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ObjectDocument document = found.get();
            InspectionObject before = document.toDomain();
            InspectionObject after = how.apply(before);
            if (after.equals(before)) {
                return Optional.of(before);
            }
            document.change(after, Instant.now(clock), who, why);
            document.recordEvent(events.create(TOPIC, eventType(before, after), key, ObjectState.of(after)));
            try {
                objects.save(document);
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt >= 5) {
                    throw ProblemException.conflict("key", "object " + key + " is being changed by someone else; try again");
                }
                continue;
            }
            meters.counter("supervision.registry.objects.changed", "type", after.type().name(), "event", eventType(before, after)
                    .replace("registry.", "").replace(".v1", "")).increment();
            log.info("object {} changed by {}: {}", key, who, why);
            return Optional.of(after);
        }
    }

    static String eventType(InspectionObject before, InspectionObject after) {
        return after.hasLeft() && !before.hasLeft() ? DEREGISTERED : CHANGED;
    }

    InspectionObject find(String key) {
        return document(key).toDomain();
    }

    InspectionObject findAsOf(String key, Instant moment) {
        return History.asOf(document(key).versions(), moment)
                .orElseThrow(() -> ProblemException.notFound("object " + key + " as of " + moment));
    }

    List<History.Entry> history(String key) {
        return History.entries(document(key).versions());
    }

    private ObjectDocument document(String key) {
        return objects.findById(key).orElseThrow(() -> ProblemException.notFound("object " + key));
    }

    private static String reasonOr(String reason, String otherwise) {
        return reason == null || reason.isBlank() ? otherwise : reason.strip();
    }
}
