package cn.supervision.sampling.population;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import cn.supervision.platform.events.CloudEvent;
import cn.supervision.platform.events.MalformedEventException;
import cn.supervision.platform.inbox.EventInbox;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Builds the read model from registry's events. Each event carries the whole public state, so applying it is a
 * replace keyed by id — unless the stored state is newer (a redelivered old event must not roll it back).
 */
@Configuration
class RegistryEvents {

    /** Tolerant reader: only the fields sampling uses. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ObjectState(String objectId, String uscc, String name, String objectType, String industry, String region, String status,
            List<String> supervisingDepartments, String riskLevel, Set<String> tags, Integer complaintCount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record InspectorState(String inspectorId, String name, String department, List<String> qualifications, String status,
            List<RosterInspector.Absence> absences, List<String> conflictsOfInterest) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CheckItemState(String code, String name, String department, String objectType, String status, LocalDate effectiveFrom,
            LocalDate effectiveTo) {
    }

    @Bean
    Consumer<Message<byte[]>> registryObjects(EventInbox inbox, JsonMapper json, MongoTemplate mongo) {
        return message -> inbox.receive("registryObjects", message, event -> {
            if (!event.type().startsWith("registry.Object")) {
                return;
            }
            ObjectState s = read(json, event, ObjectState.class);
            replaceIfNewer(mongo, s.objectId(), event.time(), new PopulationObject(s.objectId(), s.uscc(), s.name(), s.objectType(),
                    s.industry(), s.region(), s.status(), s.supervisingDepartments(), s.riskLevel(), s.tags(), s.complaintCount(), event.time()));
        });
    }

    @Bean
    Consumer<Message<byte[]>> registryInspectors(EventInbox inbox, JsonMapper json, MongoTemplate mongo) {
        return message -> inbox.receive("registryInspectors", message, event -> {
            if (!event.type().startsWith("registry.InspectorChanged")) {
                return;
            }
            InspectorState s = read(json, event, InspectorState.class);
            replaceIfNewer(mongo, s.inspectorId(), event.time(),
                    new RosterInspector(s.inspectorId(), s.name(), s.department(), s.qualifications(), s.status(), s.absences(),
                            s.conflictsOfInterest(), event.time()));
        });
    }

    /** The check-item list (一单): a task naming a retired or unknown item is refused. */
    @Bean
    Consumer<Message<byte[]>> registryCheckItems(EventInbox inbox, JsonMapper json, MongoTemplate mongo) {
        return message -> inbox.receive("registryCheckItems", message, event -> {
            if (!event.type().startsWith("registry.CheckItemChanged")) {
                return;
            }
            CheckItemState s = read(json, event, CheckItemState.class);
            replaceIfNewer(mongo, s.code(), event.time(), new CheckItemRecord(s.code(), s.name(), s.department(), s.objectType(), s.status(),
                    s.effectiveFrom(), s.effectiveTo(), event.time()));
        });
    }

    static <T> T read(JsonMapper json, CloudEvent event, Class<T> type) {
        try {
            return json.readValue(event.data(), type);
        } catch (JacksonException e) {
            throw new MalformedEventException("unreadable " + event.type() + " " + event.id(), e);
        }
    }

    static void replaceIfNewer(MongoTemplate mongo, String id, Instant time, Object state) {
        if (id == null || id.isBlank() || time == null) {
            throw new MalformedEventException("event without the id of its subject or without ce_time");
        }
        Query notNewer = new Query(new Criteria().andOperator(where("_id").is(id),
                new Criteria().orOperator(where("eventTime").lte(time), where("eventTime").is(null))));
        try {
            mongo.findAndReplace(notNewer, state, FindAndReplaceOptions.options().upsert());
        } catch (DuplicateKeyException storedIsNewer) {
            // a newer state is already stored: this event is older, nothing to do
        }
    }
}
