package cn.supervision.registry.inspectors;

import java.net.URI;

import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.registry.departments.Departments;
import cn.supervision.registry.inspectors.domain.Inspector;
import jakarta.validation.Valid;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Enrols inspectors; each enrolment stores the inspector and its {@code InspectorChanged} event in one write. */
@RestController
@RequestMapping("/inspectors")
class InspectorController {

    static final String TOPIC = "registry.inspectors";
    static final String CHANGED = "registry.InspectorChanged.v1";

    private final InspectorRepository inspectors;
    private final EventFactory events;
    private final Departments departments;

    InspectorController(InspectorRepository inspectors, EventFactory events, Departments departments) {
        this.inspectors = inspectors;
        this.events = events;
        this.departments = departments;
    }

    @PostMapping
    ResponseEntity<InspectorView> enrol(@Valid @RequestBody EnrolInspectorRequest request) {
        Inspector inspector = Inspector.enrol(request.certificateNumber(), request.name(), request.department(), request.qualifications(),
                request.region(), request.idNumber(), request.phone(), departments.codes());
        InspectorDocument document = InspectorDocument.of(inspector);
        document.recordEvent(events.create(TOPIC, CHANGED, inspector.certificateNumber(), new InspectorState(inspector.certificateNumber(),
                inspector.name(), inspector.department(), inspector.qualifications(), inspector.region(), inspector.status().name())));
        try {
            inspectors.insert(document);
        } catch (DuplicateKeyException duplicate) {
            throw ProblemException.conflict("certificateNumber", "inspector " + inspector.certificateNumber() + " is already enrolled");
        }
        return ResponseEntity.created(URI.create("/inspectors/" + inspector.certificateNumber())).body(InspectorView.of(document));
    }

    @GetMapping("/{certificateNumber}")
    InspectorView find(@PathVariable String certificateNumber) {
        return inspectors.findById(certificateNumber).map(InspectorView::of)
                .orElseThrow(() -> ProblemException.notFound("inspector " + certificateNumber));
    }
}
