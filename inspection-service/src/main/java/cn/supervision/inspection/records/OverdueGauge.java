package cn.supervision.inspection.records;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import cn.supervision.inspection.records.domain.Inspection;
import cn.supervision.inspection.records.domain.InspectionStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * {@code supervision.inspection.overdue{department}}: records past their task's deadline and not completed, counted for
 * every department taking part (a joint record is late for each of them). A department once seen stays at 0 rather
 * than vanishing, so that an alert can resolve. Beside it, {@code supervision.inspection.records{status}}: how many
 * records are in each state of the workflow now.
 */
@Component
class OverdueGauge {

    private final InspectionRecords records;
    private final MultiGauge gauge;
    private final Set<String> seen = new TreeSet<>();

    private final MongoTemplate mongo;
    private final Map<InspectionStatus, AtomicLong> byStatus = new EnumMap<>(InspectionStatus.class);

    OverdueGauge(InspectionRecords records, MongoTemplate mongo, MeterRegistry meters) {
        this.records = records;
        this.mongo = mongo;
        this.gauge = MultiGauge.builder("supervision.inspection.overdue").description("inspection records past their deadline, not completed")
                .register(meters);
        for (InspectionStatus status : InspectionStatus.values()) {
            byStatus.put(status, new AtomicLong());
            Gauge.builder("supervision.inspection.records", byStatus.get(status), AtomicLong::get)
                    .description("inspection records now in each state of the workflow").tag("status", status.name()).register(meters);
        }
    }

    @Scheduled(fixedDelayString = "${inspection.overdue.refresh-interval:PT1M}", initialDelayString = "PT1S")
    synchronized void refresh() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Inspection late : records.overdue(null, 0)) {
            late.departments().forEach(d -> counts.merge(d, 1, Integer::sum));
        }
        seen.addAll(counts.keySet());
        // every department with open records shows its 0 too: a dashboard must tell "none overdue" from "no data"
        seen.addAll(mongo.findDistinct(new Query(where("status").ne(InspectionStatus.COMPLETED.name())), "departments",
                InspectionDocument.class, String.class));
        List<MultiGauge.Row<?>> rows = seen.stream()
                .map(d -> MultiGauge.Row.of(Tags.of("department", d), counts.getOrDefault(d, 0))).<MultiGauge.Row<?>>map(r -> r).toList();
        gauge.register(rows, true);
        byStatus.forEach((status, count) -> count.set(mongo.count(new Query(where("status").is(status.name())), InspectionDocument.class)));
    }
}
