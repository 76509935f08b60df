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

/**
 * Consumes {@code inspection.results}: every approved inspection, violation, refusal and criminal referral becomes
 * an entry of the object's file, whatever order they arrive in (the file orders them by date).
 */
@Configuration
class InspectionResultEvents {

    static final String CONSUMER = "inspectionResults";
    static final String COMPLETED = "inspection.InspectionCompleted.v1";
    static final String VIOLATION = "inspection.ViolationFound.v1";
    static final String REFUSED = "inspection.InspectionRefused.v1";
    static final String REFERRAL = "inspection.CriminalReferralMade.v1";

    /** Tolerant reader of {@code inspection.InspectionCompleted.v1}: only the fields credit keeps. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record InspectionCompleted(String inspectionId, String taskId, String taskName, String taskType, String objectId, String uscc,
            String objectName, List<String> departments, List<Item> items, LocalDate resultDate, String followUpId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String category) {
    }

    /**
     * Tolerant reader of {@code inspection.ViolationFound.v1}. {@code rectificationWorkingDays} is optional: an order
     * that counts its deadline in working days says so there, and credit counts on the official calendar.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ViolationFound(String violationId, String inspectionId, String taskId, String objectId, String uscc, String objectName,
            String department, String checkItem, String category, String legalProvision, String severity, String measure,
            LocalDate rectificationDeadline, Integer rectificationWorkingDays, LocalDate foundOn, String followUpId) {
    }

    /** Tolerant reader of {@code inspection.InspectionRefused.v1} (category 8). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record InspectionRefused(String inspectionId, String taskId, String taskType, String objectId, String uscc, String objectName,
            List<String> departments, String reason, LocalDate resultDate, String followUpId) {
    }

    /** Tolerant reader of {@code inspection.CriminalReferralMade.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CriminalReferralMade(String inspectionId, String violationId, String taskId, String objectId, String uscc, String objectName,
            String department, String checkItem, String legalProvision, String referredTo, LocalDate referredOn) {
    }

    @Bean
    Consumer<Message<byte[]>> inspectionResults(EventInbox inbox, JsonMapper json, CreditFiles files) {
        return message -> inbox.receive(CONSUMER, message, event -> {
            switch (event.type()) {
                case COMPLETED -> {
                    InspectionCompleted e = read(json, event, InspectionCompleted.class);
                    require(event, present(e.objectId()) && e.resultDate() != null && e.items() != null
                            && e.items().stream().allMatch(i -> i != null && i.category() != null), "objectId, resultDate or item categories");
                    files.add(e.objectId(), e.uscc(), e.objectName(), CreditEntry.inspectionResult(event.id(), e.inspectionId(), e.taskId(),
                            e.taskName(), e.taskType(), e.items().stream().map(Item::category).toList(), e.resultDate(), e.followUpId(),
                            e.departments()));
                }
                case VIOLATION -> {
                    ViolationFound v = read(json, event, ViolationFound.class);
                    require(event, present(v.objectId()) && v.foundOn() != null, "objectId or foundOn");
                    require(event, v.rectificationWorkingDays() == null || v.rectificationWorkingDays() > 0, "a positive rectificationWorkingDays");
                    files.add(v.objectId(), v.uscc(), v.objectName(), CreditEntry.violation(event.id(), v.violationId(), v.inspectionId(),
                            v.taskId(), v.department(), v.checkItem(), v.category(), v.legalProvision(), v.severity(), v.measure(),
                            v.rectificationDeadline(), v.foundOn(), v.followUpId(), v.rectificationWorkingDays()));
                }
                case REFUSED -> {
                    InspectionRefused r = read(json, event, InspectionRefused.class);
                    require(event, present(r.objectId()) && r.resultDate() != null, "objectId or resultDate");
                    files.add(r.objectId(), r.uscc(), r.objectName(), CreditEntry.refusal(event.id(), r.inspectionId(), r.taskId(), r.taskType(),
                            r.departments(), r.reason(), r.resultDate(), r.followUpId()));
                }
                case REFERRAL -> {
                    CriminalReferralMade c = read(json, event, CriminalReferralMade.class);
                    require(event, present(c.objectId()) && c.referredOn() != null, "objectId or referredOn");
                    files.add(c.objectId(), c.uscc(), c.objectName(), CreditEntry.criminalReferral(event.id(), c.inspectionId(), c.violationId(),
                            c.taskId(), c.department(), c.checkItem(), c.legalProvision(), c.referredTo(), c.referredOn()));
                }
                default -> {
                    // other inspection events are not credit's business
                }
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

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(CloudEvent event, boolean present, String what) {
        if (!present) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks " + what);
        }
    }
}
