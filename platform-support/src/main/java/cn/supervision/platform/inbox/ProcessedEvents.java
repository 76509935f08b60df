package cn.supervision.platform.inbox;

import java.time.Instant;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The inbox: which events each consumer of this service has already applied, keyed by consumer and {@code ce_id}. */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;

    public ProcessedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    // A lookup by _id, not exists(): exists() becomes a count, which the embedded Mongo-wire server answers by scanning
    // the whole (ever-growing) collection: the load benchmark found it the largest single cost per consumed event.
    public boolean contains(String consumer, String eventId) {
        return mongo.findById(consumer + "/" + eventId, Document.class, COLLECTION) != null;
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
