package cn.supervision.disclosure.results;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

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
 * Consumes {@code inspection.results}. Only {@code InspectionCompleted} is public in this slice; {@code ViolationFound}
 * and any other type are skipped (and still recorded in the inbox as seen).
 */
@Configuration
class InspectionResultEvents {

    static final String CONSUMER = "inspectionResults";
    static final String COMPLETED = "inspection.InspectionCompleted.v1";

    /** Tolerant reader of {@code inspection.InspectionCompleted.v1}: only the fields published. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record InspectionCompleted(String inspectionId, String taskId, String taskName, String taskType, String objectId, String uscc,
            String objectName, List<String> departments, List<Item> items, String publicSummary, LocalDate inspectedOn, LocalDate resultDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String department, String checkItem, String category) {
    }

    @Bean
    Consumer<Message<byte[]>> inspectionResults(EventInbox inbox, JsonMapper json, ResultPublisher publisher) {
        return message -> inbox.receive(CONSUMER, message, event -> {
            if (COMPLETED.equals(event.type())) {
                publisher.publish(read(json, event), event.id());
            }
        });
    }

    static InspectionCompleted read(JsonMapper json, CloudEvent event) {
        InspectionCompleted completed;
        try {
            completed = json.readValue(event.data(), InspectionCompleted.class);
        } catch (JacksonException e) {
            throw new MalformedEventException("unreadable " + event.type() + " " + event.id(), e);
        }
        if (completed == null || blank(completed.inspectionId()) || blank(completed.objectId()) || blank(completed.taskId())
                || completed.resultDate() == null || completed.items() == null || completed.items().isEmpty()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks inspectionId, taskId, objectId, resultDate or items");
        }
        for (Item item : completed.items()) {
            if (item == null || blank(item.category())) {
                throw new MalformedEventException(event.type() + " " + event.id() + " has an item without a category");
            }
        }
        return completed;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
