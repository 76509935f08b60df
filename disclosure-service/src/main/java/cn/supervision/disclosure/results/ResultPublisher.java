package cn.supervision.disclosure.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.supervision.disclosure.calendar.CalendarChanged;
import cn.supervision.disclosure.calendar.OfficialCalendar;
import cn.supervision.disclosure.ledger.Ledger;
import cn.supervision.disclosure.ledger.PublicRecord;
import cn.supervision.disclosure.ledger.domain.RecordKind;
import cn.supervision.disclosure.results.domain.DisclosureDeadline;
import cn.supervision.disclosure.results.domain.ItemResult;
import cn.supervision.disclosure.results.domain.PublicResult;
import cn.supervision.disclosure.results.domain.Redaction;
import cn.supervision.disclosure.results.domain.ResultCategory;
import cn.supervision.platform.events.MalformedEventException;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Publishes an approved inspection or refusal: computes its disclosure deadline with the official calendar, stores
 * the public result under the inspection id, and enters it in the ledger (push queue, ResultPublished). Both writes
 * are keyed, so a redelivered event repeats them harmlessly.
 */
@Service
class ResultPublisher {

    private static final Logger log = LoggerFactory.getLogger(ResultPublisher.class);

    private final PublicResults results;
    private final OfficialCalendar calendar;
    private final Ledger ledger;
    private final MeterRegistry meters;

    ResultPublisher(PublicResults results, OfficialCalendar calendar, Ledger ledger, MeterRegistry meters) {
        this.results = results;
        this.calendar = calendar;
        this.ledger = ledger;
        this.meters = meters;
    }

    void publish(InspectionResultEvents.InspectionCompleted e, String eventId) {
        List<ItemResult> items = new ArrayList<>();
        for (InspectionResultEvents.Item item : e.items()) {
            ResultCategory category = ResultCategory.ofCode(item.category()).orElseThrow(() -> new MalformedEventException(
                    "inspection " + e.inspectionId() + " has an unknown result category '" + item.category() + "'"));
            items.add(ItemResult.of(item.department(), item.checkItem(), category));
        }
        store(PublicResult.publish(e.inspectionId(), e.taskId(), e.taskName(), e.taskType(), e.objectId(), e.uscc(), e.objectName(),
                e.departments(), items, e.publicSummary(), e.inspectedOn(), e.resultDate(), ledger.today(), deadline(e.inspectionId(), e.resultDate()),
                eventId, PublicResult.INSPECTION));
    }

    /** 拒绝检查: published as a result of its own, category 8 for every department of the visit. */
    void publishRefusal(InspectionResultEvents.InspectionRefused e, String eventId) {
        List<String> departments = e.departments() == null ? List.of() : e.departments();
        List<ItemResult> items = new ArrayList<>();
        for (String department : departments.isEmpty() ? List.of("") : departments) {
            items.add(ItemResult.of(department.isEmpty() ? null : department, null, ResultCategory.SERIOUS_REFUSAL_TO_COOPERATE));
        }
        String summary = "不配合检查" + (e.reason() == null || e.reason().isBlank() ? "" : "：" + e.reason());
        store(PublicResult.publish(e.inspectionId(), e.taskId(), e.taskName(), e.taskType(), e.objectId(), e.uscc(), e.objectName(),
                departments, items, summary, e.refusedOn(), e.resultDate(), ledger.today(), deadline(e.inspectionId(), e.resultDate()), eventId,
                PublicResult.REFUSAL));
    }

    private DisclosureDeadline deadline(String inspectionId, java.time.LocalDate resultDate) {
        DisclosureDeadline deadline = DisclosureDeadline.after(resultDate, date -> calendar.deadline(date, DisclosureDeadline.WORKING_DAYS));
        if (deadline.unknown()) {
            // an alarm, not a guess: the operator must load the year's notice (see docs/disclosure-service.md)
            meters.counter("supervision.disclosure.calendar.unknown.year").increment();
            log.warn("disclosure deadline of inspection {} unknown (result date {}): {}; published without a deadline", inspectionId,
                    resultDate, deadline.reason());
        }
        return deadline;
    }

    private void store(PublicResult result) {
        boolean created = results.upsert(result);
        ledger.enter(new PublicRecord(PublicResult.REFUSAL.equals(result.kind()) ? RecordKind.REFUSAL : RecordKind.RESULT, result.inspectionId(),
                result.sourceEventId(), result.objectId(), result.taskId(), result.departments(), result.resultDate(), result.disclosureDeadline(),
                result.deadlineUnknown(), result.mainCategory(), content(result)));
        if (created) {
            meters.counter("supervision.disclosure.results.published", "taskType", String.valueOf(result.taskType()), "kind", result.kind(),
                    "category", String.valueOf(result.mainCategory())).increment();
            log.info("published {} of inspection {} (object {}, task {}), deadline {}", result.kind(), result.inspectionId(), result.objectId(),
                    result.taskId(), result.deadlineUnknown() ? "unknown" : result.disclosureDeadline());
        } else {
            log.info("updated published result of inspection {} from event {}", result.inspectionId(), result.sourceEventId());
        }
    }

    /** What the province receives: the public view only (strings, so that it round-trips through the queue unchanged). */
    private static Map<String, Object> content(PublicResult r) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("inspectionId", r.inspectionId());
        content.put("kind", r.kind());
        content.put("taskId", r.taskId());
        content.put("taskName", r.taskName());
        content.put("taskType", r.taskType());
        content.put("objectId", r.objectId());
        content.put("uscc", r.uscc());
        content.put("objectName", r.objectName());
        content.put("departments", r.departments());
        List<Map<String, Object>> items = new ArrayList<>();
        for (ItemResult item : r.items()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("department", item.department());
            one.put("checkItem", item.checkItem());
            one.put("category", item.category());
            one.put("categoryName", item.categoryName());
            items.add(one);
        }
        content.put("items", items);
        content.put("publicSummary", Redaction.publicText(r.publicSummary()));
        content.put("inspectedOn", r.inspectedOn() == null ? null : r.inspectedOn().toString());
        content.put("resultDate", r.resultDate().toString());
        return content;
    }

    @EventListener
    void calendarChanged(CalendarChanged changed) {
        int filled = results.fillDeadlines(date -> calendar.deadline(date, DisclosureDeadline.WORKING_DAYS));
        int entries = ledger.fillDeadlines(date -> calendar.deadline(date, DisclosureDeadline.WORKING_DAYS));
        if (filled + entries > 0) {
            log.info("calendar {}: filled {} result deadlines and {} ledger deadlines left unknown before", changed.version(), filled, entries);
        }
    }
}
