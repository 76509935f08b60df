package cn.supervision.platform.inbox;

import java.time.Instant;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The inbox: which events each consumer of this service has already applied, keyed by consumer and {@code ce_id}. */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;

    public ProcessedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean contains(String consumer, String eventId) {
        return mongo.exists(new Query(where("_id").is(consumer + "/" + eventId)), COLLECTION);
    }

    public void add(String consumer, String eventId, String type) {
        try {
            mongo.insert(new Document("_id", consumer + "/" + eventId).append("type", type).append("at", java.util.Date.from(Instant.now())),
                    COLLECTION);
        } catch (DuplicateKeyException alreadyThere) {
            // a concurrent redelivery got here first: the effect is idempotent, nothing to do
        }
    }
}
