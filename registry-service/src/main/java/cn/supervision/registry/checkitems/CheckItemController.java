package cn.supervision.registry.checkitems;

import java.net.URI;
import java.util.List;

import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.registry.checkitems.domain.CheckItem;
import cn.supervision.registry.departments.Departments;
import jakarta.validation.Valid;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Defines check items (staff) and publishes the list (anyone, no login: the list must be public). */
@RestController
class CheckItemController {

    static final String TOPIC = "registry.check-items";
    static final String CHANGED = "registry.CheckItemChanged.v1";
    private static final List<String> OBJECT_TYPES = List.of("ENTERPRISE", "INDIVIDUAL_BUSINESS", "CONSTRUCTION_PROJECT");

    private final CheckItemRepository items;
    private final EventFactory events;
    private final Departments departments;

    CheckItemController(CheckItemRepository items, EventFactory events, Departments departments) {
        this.items = items;
        this.events = events;
        this.departments = departments;
    }

    @PostMapping("/check-items")
    ResponseEntity<CheckItem> define(@Valid @RequestBody DefineCheckItemRequest r) {
        if (!departments.codes().contains(r.department())) {
            throw ProblemException.invalid("department", "unknown department '" + r.department() + "'");
        }
        if (!OBJECT_TYPES.contains(r.objectType())) {
            throw ProblemException.invalid("objectType", "unknown object type '" + r.objectType() + "'; allowed: " + OBJECT_TYPES);
        }
        for (int i = 0; i < r.methods().size(); i++) {
            if (!CheckItem.METHODS.contains(r.methods().get(i))) {
                throw ProblemException.invalid("methods[" + i + "]", "unknown method '" + r.methods().get(i) + "'; allowed: " + CheckItem.METHODS);
            }
        }
        if (!CheckItem.KINDS.contains(r.kind())) {
            throw ProblemException.invalid("kind", "must be KEY (重点) or GENERAL (一般)");
        }
        CheckItem item = new CheckItem(r.code(), r.name().strip(), r.legalBasis().strip(), r.department(), r.objectType(), r.content(),
                List.copyOf(r.methods()), r.kind(), "ACTIVE");
        CheckItemDocument document = CheckItemDocument.of(item);
        document.recordEvent(events.create(TOPIC, CHANGED, item.code(), item));
        try {
            items.insert(document);
        } catch (DuplicateKeyException duplicate) {
            throw ProblemException.conflict("code", "check item " + item.code() + " already exists");
        }
        return ResponseEntity.created(URI.create("/public/check-items/" + item.code())).body(item);
    }

    @GetMapping("/public/check-items")
    List<CheckItem> publicList() {
        return items.findAll(Sort.by("_id")).stream().map(d -> d.item).toList();
    }
}
