package cn.supervision.disclosure.results;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import cn.supervision.workingdays.WorkingDayCalendar;
import cn.supervision.disclosure.results.domain.DisclosureDeadline;
import cn.supervision.disclosure.results.domain.ItemResult;
import cn.supervision.disclosure.results.domain.PublicResult;
import cn.supervision.disclosure.results.domain.ResultCategory;
import cn.supervision.platform.events.MalformedEventException;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Publishes an approved inspection: computes its disclosure deadline and stores the public result under the inspection id. */
@Service
class ResultPublisher {

    /** Dates of the regime are Beijing dates, whatever the server's zone. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(ResultPublisher.class);

    private final PublicResults results;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final MeterRegistry meters;

    ResultPublisher(PublicResults results, WorkingDayCalendar calendar, Clock clock, MeterRegistry meters) {
        this.results = results;
        this.calendar = calendar;
        this.clock = clock;
        this.meters = meters;
    }

    void publish(InspectionResultEvents.InspectionCompleted e, String eventId) {
        List<ItemResult> items = new ArrayList<>();
        for (InspectionResultEvents.Item item : e.items()) {
            ResultCategory category = ResultCategory.ofCode(item.category()).orElseThrow(() -> new MalformedEventException(
                    "inspection " + e.inspectionId() + " has an unknown result category '" + item.category() + "'"));
            items.add(ItemResult.of(item.department(), item.checkItem(), category));
        }
        DisclosureDeadline deadline = DisclosureDeadline.after(e.resultDate(), calendar);
        if (deadline.unknown()) {
            log.warn("disclosure deadline of inspection {} unknown (result date {}): {}; published without a deadline", e.inspectionId(),
                    e.resultDate(), deadline.reason());
        }
        PublicResult result = PublicResult.publish(e.inspectionId(), e.taskId(), e.taskName(), e.taskType(), e.objectId(), e.uscc(),
                e.objectName(), e.departments(), items, e.publicSummary(), e.inspectedOn(), e.resultDate(), LocalDate.now(clock.withZone(BEIJING)),
                deadline, eventId);
        boolean created = results.upsert(result);
        if (created) {
            meters.counter("supervision.disclosure.results.published", "taskType", String.valueOf(e.taskType())).increment();
            log.info("published result of inspection {} (object {}, task {}), deadline {}", e.inspectionId(), e.objectId(), e.taskId(),
                    deadline.unknown() ? "unknown" : deadline.due());
        } else {
            log.info("updated published result of inspection {} from event {}", e.inspectionId(), eventId);
        }
    }
}
