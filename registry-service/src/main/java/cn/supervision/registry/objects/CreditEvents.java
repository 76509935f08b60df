package cn.supervision.registry.objects;

import java.time.Instant;
import java.util.function.Consumer;

import cn.supervision.platform.events.CloudEvent;
import cn.supervision.platform.events.MalformedEventException;
import cn.supervision.platform.inbox.EventInbox;
import cn.supervision.registry.objects.domain.InspectionObject;
import cn.supervision.registry.objects.domain.ObjectTag;
import cn.supervision.registry.objects.domain.RiskLevel;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Risk level and list tags come from credit-service ({@code credit.records}), never from a clerk. Each applied change
 * is a version of the object (who = credit-service) and goes out as {@code ObjectChanged}. An event older than the one
 * applied last for the same field is ignored, so a redelivery cannot roll the object back. An event about an object
 * the directory does not hold is parked ({@link ParkedEvents}) and applied when the object is registered.
 */
@Configuration
class CreditEvents {

    static final String RISK_CHANGED = "credit.CreditRiskChanged.v1";
    static final String LIST_CHANGED = "credit.CreditListChanged.v1";
    static final String WHO = "credit-service";
    private static final Logger log = LoggerFactory.getLogger(CreditEvents.class);

    /** Tolerant readers: only the fields registry uses. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RiskChanged(String objectId, String level, Integer score, String ruleVersion) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ListChanged(String objectId, String list, String change, String reason, String effectiveDate) {
    }

    @Bean
    Consumer<Message<byte[]>> creditRecords(EventInbox inbox, CreditEffects effects) {
        return message -> inbox.receive("creditRecords", message, effects::apply);
    }

    @Bean
    CreditEffects creditEffects(ObjectDirectory directory, ParkedEvents parked, MongoTemplate mongo, JsonMapper json) {
        return new CreditEffects(directory, parked, mongo, json);
    }

    /** What a credit event does to the directory; also used to replay parked events. */
    static class CreditEffects {

        private final ObjectDirectory directory;
        private final ParkedEvents parked;
        private final MongoTemplate mongo;
        private final JsonMapper json;

        CreditEffects(ObjectDirectory directory, ParkedEvents parked, MongoTemplate mongo, JsonMapper json) {
            this.directory = directory;
            this.parked = parked;
            this.mongo = mongo;
            this.json = json;
            parked.replayWith(this::apply);
        }

        void apply(CloudEvent event) {
            switch (event.type()) {
                case RISK_CHANGED -> {
                    RiskChanged r = read(event, RiskChanged.class);
                    RiskLevel level = parse(event, r.level());
                    String why = "credit risk level " + level + (r.score() == null ? "" : " (score " + r.score() + ")")
                            + (r.ruleVersion() == null ? "" : ", rules " + r.ruleVersion()) + "; event " + event.id();
                    applyIfNewer(event, r.objectId(), "riskLevel", why, o -> o.withRiskLevel(level));
                }
                case LIST_CHANGED -> {
                    ListChanged l = read(event, ListChanged.class);
                    if (!ObjectTag.CREDIT_LISTS.contains(l.list()) || !("ENTERED".equals(l.change()) || "LEFT".equals(l.change()))) {
                        throw new MalformedEventException(event.type() + " " + event.id() + ": unknown list '" + l.list() + "' or change '"
                                + l.change() + "'");
                    }
                    boolean on = "ENTERED".equals(l.change());
                    String why = (on ? "entered " : "left ") + l.list() + (l.reason() == null ? "" : ": " + l.reason())
                            + (l.effectiveDate() == null ? "" : " (effective " + l.effectiveDate() + ")") + "; event " + event.id();
                    applyIfNewer(event, l.objectId(), l.list(), why, o -> o.onCreditList(l.list(), on));
                }
                default -> {
                    // other credit events (joint punishment, follow-up) are not about the directory
                }
            }
        }

        private void applyIfNewer(CloudEvent event, String objectId, String field, String why,
                java.util.function.UnaryOperator<InspectionObject> how) {
            if (objectId == null || objectId.isBlank()) {
                throw new MalformedEventException(event.type() + " " + event.id() + " names no objectId");
            }
            Instant time = event.time() == null ? Instant.EPOCH : event.time();
            Query stored = new Query(where("_id").is(objectId));
            stored.fields().include("creditEventTimes");
            ObjectDocument times = mongo.findOne(stored, ObjectDocument.class);
            if (times == null) {
                parked.park(event, objectId, "object " + objectId + " is not in the directory (yet)");
                return;
            }
            Instant last = times.creditEventTimes == null ? null : times.creditEventTimes.get(field);
            if (last != null && last.isAfter(time)) {
                log.info("ignored {} {} for {}: a newer {} change ({}) is already applied", event.type(), event.id(), objectId, field, last);
                return;
            }
            directory.change(objectId, WHO, why, how);
            mongo.updateFirst(new Query(where("_id").is(objectId)), new Update().set("creditEventTimes." + field, time), ObjectDocument.class);
        }

        private <T> T read(CloudEvent event, Class<T> type) {
            try {
                return json.readValue(event.data(), type);
            } catch (JacksonException e) {
                throw new MalformedEventException("unreadable " + event.type() + " " + event.id(), e);
            }
        }

        private static RiskLevel parse(CloudEvent event, String level) {
            try {
                return RiskLevel.valueOf(level);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new MalformedEventException(event.type() + " " + event.id() + ": unknown risk level '" + level + "'");
            }
        }
    }
}
