package cn.supervision.inspection.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import cn.supervision.inspection.records.domain.AssignedInspector;
import cn.supervision.inspection.records.domain.AssignedItem;
import cn.supervision.inspection.records.domain.Inspection;
import cn.supervision.inspection.records.domain.TaskType;
import cn.supervision.platform.events.CloudEvent;
import cn.supervision.platform.events.MalformedEventException;
import cn.supervision.platform.inbox.EventInbox;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens one inspection record per {@code sampling.SampleDrawn.v1}. The record id is {@code taskId/objectId}, so a
 * redelivered event, or a second event about the same drawn object, cannot open a second record. A follow-up
 * assignment ({@code taskType: FOLLOW_UP}, no rank, with the credit {@code followUpId}) opens a record the same way,
 * marked non-random.
 */
@Configuration
class SampleDrawnConsumer {

    static final String CONSUMER = "sampleDrawn";
    static final String SAMPLE_DRAWN = "sampling.SampleDrawn.v1";

    /** Tolerant reader: only the fields inspection uses. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SampleDrawn(String taskId, String taskName, String taskType, String initiatingDepartment, String objectId, String uscc,
            String objectName, String objectType, List<CheckItem> checkItems, List<Inspector> inspectors, LocalDate dueDate,
            String followUpId, List<ManualAssignment> manualAssignments) {
    }

    /** 人工指派: an inspector assigned by a person or a rule rather than by the draw; on the record like any other. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ManualAssignment(String inspectorId, String department) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CheckItem(String department, String code) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Inspector(String inspectorId, String name, String department) {
    }

    @Bean
    Consumer<Message<byte[]>> sampleDrawn(EventInbox inbox, JsonMapper json, InspectionRecords records) {
        return message -> inbox.receive(CONSUMER, message, event -> {
            if (!SAMPLE_DRAWN.equals(event.type())) {
                return; // other events on sampling.draws (e.g. DrawCommitted) are not ours
            }
            records.open(toInspection(read(json, event)), event.id());
        });
    }

    static SampleDrawn read(JsonMapper json, CloudEvent event) {
        try {
            return json.readValue(event.data(), SampleDrawn.class);
        } catch (JacksonException e) {
            throw new MalformedEventException("unreadable " + event.type() + " " + event.id(), e);
        }
    }

    static Inspection toInspection(SampleDrawn d) {
        if (d == null || d.checkItems() == null) {
            throw new MalformedEventException("SampleDrawn without check items");
        }
        TaskType type;
        try {
            type = TaskType.valueOf(String.valueOf(d.taskType()));
        } catch (IllegalArgumentException unknown) {
            throw new MalformedEventException("SampleDrawn with unknown taskType '" + d.taskType() + "'");
        }
        List<AssignedItem> items = d.checkItems().stream().map(i -> i == null ? null : new AssignedItem(i.department(), i.code())).toList();
        List<AssignedInspector> inspectors = new ArrayList<>(d.inspectors() == null ? List.of()
                : d.inspectors().stream().map(i -> i == null ? null : new AssignedInspector(i.inspectorId(), i.name(), i.department())).toList());
        for (ManualAssignment manual : d.manualAssignments() == null ? List.<ManualAssignment>of() : d.manualAssignments()) {
            if (manual != null && inspectors.stream().noneMatch(i -> i != null && i.inspectorId().equals(manual.inspectorId()))) {
                inspectors.add(new AssignedInspector(manual.inspectorId(), null, manual.department()));
            }
        }
        try {
            return Inspection.open(d.taskId(), d.taskName(), type, d.initiatingDepartment(), d.objectId(), d.uscc(), d.objectName(), d.objectType(),
                    items, inspectors, d.dueDate(), d.followUpId());
        } catch (IllegalArgumentException | NullPointerException incomplete) {
            throw new MalformedEventException("incomplete SampleDrawn: " + incomplete.getMessage(), incomplete);
        }
    }
}
