package cn.supervision.credit.files;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import cn.supervision.credit.files.domain.CreditEntry;
import cn.supervision.platform.events.CloudEvent;
import cn.supervision.platform.events.MalformedEventException;
import cn.supervision.platform.inbox.EventInbox;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Consumes {@code inspection.results}: every approved inspection and every violation becomes an entry of the object's file. */
@Configuration
class InspectionResultEvents {

    static final String CONSUMER = "inspectionResults";
    static final String COMPLETED = "inspection.InspectionCompleted.v1";
    static final String VIOLATION = "inspection.ViolationFound.v1";

    /** Tolerant reader of {@code inspection.InspectionCompleted.v1}: only the fields credit keeps. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record InspectionCompleted(String inspectionId, String taskId, String taskName, String taskType, String objectId, String uscc,
            String objectName, List<Item> items, LocalDate resultDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String category) {
    }

    /** Tolerant reader of {@code inspection.ViolationFound.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ViolationFound(String violationId, String inspectionId, String taskId, String objectId, String uscc, String objectName,
            String department, String checkItem, String category, String legalProvision, String severity, String measure,
            LocalDate rectificationDeadline, LocalDate foundOn) {
    }

    @Bean
    Consumer<Message<byte[]>> inspectionResults(EventInbox inbox, JsonMapper json, CreditFiles files) {
        return message -> inbox.receive(CONSUMER, message, event -> {
            if (COMPLETED.equals(event.type())) {
                InspectionCompleted e = read(json, event, InspectionCompleted.class);
                require(event, e.objectId() != null && !e.objectId().isBlank() && e.resultDate() != null && e.items() != null
                        && e.items().stream().allMatch(i -> i != null && i.category() != null), "objectId, resultDate or item categories");
                files.add(e.objectId(), e.uscc(), e.objectName(), CreditEntry.inspectionResult(event.id(), e.inspectionId(), e.taskId(),
                        e.taskName(), e.taskType(), e.items().stream().map(Item::category).toList(), e.resultDate()));
            } else if (VIOLATION.equals(event.type())) {
                ViolationFound v = read(json, event, ViolationFound.class);
                require(event, v.objectId() != null && !v.objectId().isBlank() && v.foundOn() != null, "objectId or foundOn");
                files.add(v.objectId(), v.uscc(), v.objectName(), CreditEntry.violation(event.id(), v.violationId(), v.inspectionId(),
                        v.taskId(), v.department(), v.checkItem(), v.category(), v.legalProvision(), v.severity(), v.measure(),
                        v.rectificationDeadline(), v.foundOn()));
            }
        });
    }

    static <T> T read(JsonMapper json, CloudEvent event, Class<T> type) {
        try {
            T body = json.readValue(event.data(), type);
            if (body == null) {
                throw new MalformedEventException(event.type() + " " + event.id() + " has an empty body");
            }
            return body;
        } catch (JacksonException e) {
            throw new MalformedEventException("unreadable " + event.type() + " " + event.id(), e);
        }
    }

    private static void require(CloudEvent event, boolean present, String what) {
        if (!present) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks " + what);
        }
    }
}
