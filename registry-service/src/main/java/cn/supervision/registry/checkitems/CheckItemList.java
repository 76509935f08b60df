package cn.supervision.registry.checkitems;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.platform.security.AuditTrail;
import cn.supervision.registry.access.ActingUser;
import cn.supervision.registry.access.DepartmentScope;
import cn.supervision.registry.checkitems.domain.CheckItem;
import cn.supervision.registry.departments.Departments;
import cn.supervision.registry.departments.RegistrySettings;
import cn.supervision.registry.history.domain.History;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The check-item list: define, change, retire; each change is one write of the item, its version and its {@code CheckItemChanged} event. */
@Service
class CheckItemList {

    static final String TOPIC = "registry.check-items";
    static final String CHANGED = "registry.CheckItemChanged.v1";
    private static final Logger log = LoggerFactory.getLogger(CheckItemList.class);

    private final CheckItemRepository items;
    private final EventFactory events;
    private final Departments departments;
    private final RegistrySettings settings;
    private final DepartmentScope scope;
    private final MeterRegistry meters;
    private final Clock clock;

    CheckItemList(CheckItemRepository items, EventFactory events, Departments departments, RegistrySettings settings, DepartmentScope scope,
            MeterRegistry meters, Clock clock) {
        this.items = items;
        this.events = events;
        this.departments = departments;
        this.settings = settings;
        this.scope = scope;
        this.meters = meters;
        this.clock = clock;
    }

    CheckItem define(String code, CheckItem.Details details, String reason) {
        CheckItem item = CheckItem.define(code, details, departments.codes());
        ActingUser user = scope.current();
        scope.authorise(user, item.departments(), "department");
        CheckItemDocument document = new CheckItemDocument();
        document.change(item, Instant.now(clock), user.name(), reason == null || reason.isBlank() ? "defined" : reason.strip());
        document.recordEvent(events.create(TOPIC, CHANGED, item.code(), CheckItemState.of(item)));
        try {
            items.insert(document);
        } catch (DuplicateKeyException duplicate) {
            throw ProblemException.conflict("code", "check item " + item.code() + " already exists");
        }
        count(item);
        log.info("check item {} defined by {}", item.code(), user.name());
        return item;
    }

    Optional<CheckItem> amend(String code, CheckItem.Details details, String reason) {
        return change(code, reason, item -> item.amend(details, departments.codes()));
    }

    Optional<CheckItem> retire(String code, LocalDate day, String reason) {
        return change(code, reason, item -> item.retire(day != null ? day : today()));
    }

    private Optional<CheckItem> change(String code, String reason, UnaryOperator<CheckItem> how) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "say why the item changes (it is kept in the history)");
        }
        ActingUser user = scope.current();
        for (int attempt = 1; ; attempt++) {
            Optional<CheckItemDocument> found = items.findById(code);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            CheckItemDocument document = found.get();
            scope.authorise(user, document.item.departments(), "department");
            CheckItem after = how.apply(document.item);
            scope.authorise(user, after.departments(), "department");
            if (after.equals(document.item)) {
                return Optional.of(after);
            }
            AuditTrail.change("check-item", code, CheckItemState.of(document.item), CheckItemState.of(after)); // 审计留痕
            document.change(after, Instant.now(clock), user.name(), reason.strip());
            document.recordEvent(events.create(TOPIC, CHANGED, code, CheckItemState.of(after)));
            try {
                items.save(document);
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt >= 5) {
                    throw ProblemException.conflict("code", "check item " + code + " is being changed by someone else");
                }
                continue;
            }
            count(after);
            log.info("check item {} changed by {} ({}): {}", code, user.name(), after.status(), reason);
            return Optional.of(after);
        }
    }

    private void count(CheckItem item) {
        meters.counter("supervision.registry.checkitems.changed", "department", item.department(), "status", item.status()).increment();
    }

    java.util.Set<String> departmentCodes() {
        return departments.codes();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    Optional<CheckItemDocument> document(String code) {
        return items.findById(code);
    }

    List<History.Entry> history(String code) {
        return History.entries(items.findById(code).orElseThrow(() -> ProblemException.notFound("check item " + code)).versions());
    }

    /** Every item, now or as of a moment, by code. */
    List<CheckItem> all(Instant asOf) {
        List<CheckItem> all = new ArrayList<>();
        for (CheckItemDocument d : items.findAll(Sort.by("_id"))) {
            if (asOf == null) {
                all.add(d.item);
            } else {
                History.asOf(d.versions(), asOf).ifPresent(all::add);
            }
        }
        return all;
    }
}
