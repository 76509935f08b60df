package cn.supervision.sampling.population;

import java.time.Instant;
import java.util.function.Consumer;

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
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Credit risk changes (credit.records): the strata follow credit risk, so a newer level from credit-service replaces
 * the one registry last sent — "newer" by the time credit says the level changed, so a redelivered old change loses.
 */
@Configuration
class CreditEvents {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RiskChanged(String objectId, String level, Instant changedAt) {
    }

    @Bean
    Consumer<Message<byte[]>> creditRecords(EventInbox inbox, JsonMapper json, MongoTemplate mongo) {
        return message -> inbox.receive("creditRecords", message, event -> {
            if (!event.type().startsWith("credit.CreditRiskChanged")) {
                return;
            }
            RiskChanged r = RegistryEvents.read(json, event, RiskChanged.class);
            if (r.objectId() == null || r.level() == null) {
                throw new MalformedEventException("CreditRiskChanged " + event.id() + " without objectId or level");
            }
            Instant changedAt = r.changedAt() == null ? event.time() : r.changedAt();
            Query notNewer = new Query(new Criteria().andOperator(where("_id").is(r.objectId()),
                    new Criteria().orOperator(where("changedAt").lte(changedAt), where("changedAt").is(null))));
            try {
                mongo.findAndReplace(notNewer, new CreditRisk(r.objectId(), r.level(), changedAt), FindAndReplaceOptions.options().upsert());
            } catch (DuplicateKeyException storedIsNewer) {
                // a newer level is already stored
            }
        });
    }
}
