package cn.supervision.registry.objects;

import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.registry.departments.Departments;
import cn.supervision.registry.objects.domain.InspectionObject;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Registers objects: validates, stores the object and its {@code ObjectRegistered} event in one write. */
@Service
class ObjectDirectory {

    static final String TOPIC = "registry.objects";
    static final String REGISTERED = "registry.ObjectRegistered.v1";
    private static final Logger log = LoggerFactory.getLogger(ObjectDirectory.class);

    private final ObjectRepository objects;
    private final EventFactory events;
    private final Departments departments;
    private final MeterRegistry meters;

    ObjectDirectory(ObjectRepository objects, EventFactory events, Departments departments, MeterRegistry meters) {
        this.objects = objects;
        this.events = events;
        this.departments = departments;
        this.meters = meters;
    }

    InspectionObject register(RegisterObjectRequest request) {
        InspectionObject object = InspectionObject.register(request.uscc(), request.code(), request.name(), request.type(), request.industry(),
                request.region(), request.address(), request.supervisingDepartments(), departments.codes());
        if (objects.existsById(object.key())) {
            throw ProblemException.conflict(object.uscc() != null ? "uscc" : "code", "an object with key " + object.key() + " is already registered");
        }
        ObjectDocument document = ObjectDocument.of(object);
        document.recordEvent(events.create(TOPIC, REGISTERED, object.key(), publicState(object)));
        try {
            objects.insert(document);
        } catch (DuplicateKeyException raced) {
            throw ProblemException.conflict("uscc", "an object with key " + object.key() + " is already registered");
        }
        meters.counter("supervision.registry.objects.registered", "type", object.type().name()).increment();
        log.info("registered object {} ({})", object.key(), object.type());
        return object;
    }

    InspectionObject find(String key) {
        return objects.findById(key).map(ObjectDocument::toDomain).orElseThrow(() -> ProblemException.notFound("object " + key));
    }

    /** The full public state: events carry it so that consumers never have to call back. */
    static ObjectState publicState(InspectionObject o) {
        return new ObjectState(o.key(), o.uscc(), o.name(), o.type().name(), o.industry(), o.region(), o.address(), o.status().name(),
                o.supervisingDepartments(), o.riskLevel().name(), o.tags());
    }
}
