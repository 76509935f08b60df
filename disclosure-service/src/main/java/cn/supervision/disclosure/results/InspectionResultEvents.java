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
 * Consumes {@code inspection.results}: {@code InspectionCompleted} and {@code InspectionRefused} are public;
 * {@code ViolationFound}, {@code CriminalReferralMade} and any other type are not (recorded in the inbox as seen).
 */
@Configuration
class InspectionResultEvents {

    static final String CONSUMER = "inspectionResults";
    static final String COMPLETED = "inspection.InspectionCompleted.v1";
    static final String REFUSED = "inspection.InspectionRefused.v1";

    /** Tolerant reader of {@code inspection.InspectionCompleted.v1}: only the fields published. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record InspectionCompleted(String inspectionId, String taskId, String taskName, String taskType, String objectId, String uscc,
            String objectName, List<String> departments, List<Item> items, String publicSummary, LocalDate inspectedOn, LocalDate resultDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String department, String checkItem, String category) {
    }

    /** Tolerant reader of {@code inspection.InspectionRefused.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record InspectionRefused(String inspectionId, String taskId, String taskName, String taskType, String objectId, String uscc,
            String objectName, List<String> departments, String category, String reason, LocalDate refusedOn, LocalDate resultDate) {
    }

    @Bean
    Consumer<Message<byte[]>> inspectionResults(EventInbox inbox, JsonMapper json, ResultPublisher publisher) {
        return message -> inbox.receive(CONSUMER, message, event -> {
            if (COMPLETED.equals(event.type())) {
                publisher.publish(read(json, event), event.id());
            } else if (REFUSED.equals(event.type())) {
                publisher.publishRefusal(readRefusal(json, event), event.id());
            }
        });
    }

    static InspectionCompleted read(JsonMapper json, CloudEvent event) {
        InspectionCompleted completed = parse(json, event, InspectionCompleted.class);
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

    static InspectionRefused readRefusal(JsonMapper json, CloudEvent event) {
        InspectionRefused refused = parse(json, event, InspectionRefused.class);
        if (refused == null || blank(refused.inspectionId()) || blank(refused.objectId()) || blank(refused.taskId())
                || refused.resultDate() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks inspectionId, taskId, objectId or resultDate");
        }
        return refused;
    }

    private static <T> T parse(JsonMapper json, CloudEvent event, Class<T> type) {
        try {
            return json.readValue(event.data(), type);
        } catch (JacksonException e) {
            throw new MalformedEventException("unreadable " + event.type() + " " + event.id(), e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
