package cn.supervision.sampling.history;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import cn.supervision.platform.events.CloudEvent;
import cn.supervision.platform.events.MalformedEventException;
import cn.supervision.platform.inbox.EventInbox;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Inspection results (inspection.results): a completed or refused inspection counts as an inspection done — at random
 * only for RANDOM tasks — and closes sampling's assignment of that object in that task. Keyed by inspectionId.
 */
@Configuration
class InspectionEvents {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Done(String inspectionId, String taskId, String objectId, String taskType, List<String> departments, LocalDate inspectedOn,
            LocalDate refusedOn, LocalDate resultDate) {
    }

    @Bean
    Consumer<Message<byte[]>> inspectionResults(EventInbox inbox, JsonMapper json, MongoTemplate mongo) {
        return message -> inbox.receive("inspectionResults", message, event -> {
            boolean completed = event.type().startsWith("inspection.InspectionCompleted");
            boolean refused = event.type().startsWith("inspection.InspectionRefused");
            if (!completed && !refused) {
                return;
            }
            Done d = read(json, event);
            LocalDate day = d.inspectedOn() != null ? d.inspectedOn() : d.refusedOn() != null ? d.refusedOn() : d.resultDate();
            if (d.inspectionId() == null || d.objectId() == null || d.taskId() == null || day == null) {
                throw new MalformedEventException(event.type() + " " + event.id() + " without inspectionId, taskId, objectId or date");
            }
            List<String> departments = d.departments() != null ? d.departments() : departmentsOfAssignment(mongo, d.taskId(), d.objectId());
            try {
                mongo.insert(new InspectionDone(d.inspectionId(), d.taskId(), d.objectId(), d.taskType() == null ? "RANDOM" : d.taskType(),
                        day.getYear(), departments, completed ? "COMPLETED" : "REFUSED"));
            } catch (DuplicateKeyException countedAlready) {
                // the same inspection, redelivered: it counts once
            }
            mongo.updateFirst(new Query(where("_id").is(Assignment.idOf(d.taskId(), d.objectId()))), new Update().set("done", true),
                    Assignment.class);
        });
    }

    private static List<String> departmentsOfAssignment(MongoTemplate mongo, String taskId, String objectId) {
        Assignment a = mongo.findById(Assignment.idOf(taskId, objectId), Assignment.class);
        return a == null ? List.of() : a.items().stream().map(i -> i.substring(0, i.indexOf('/'))).distinct().toList();
    }

    private static Done read(JsonMapper json, CloudEvent event) {
        try {
            return json.readValue(event.data(), Done.class);
        } catch (JacksonException e) {
            throw new MalformedEventException("unreadable " + event.type() + " " + event.id(), e);
        }
    }
}
