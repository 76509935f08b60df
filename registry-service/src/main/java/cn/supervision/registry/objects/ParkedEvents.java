package cn.supervision.registry.objects;

import java.util.Date;
import java.util.function.Consumer;

import cn.supervision.platform.events.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * 暂存事件: credit events about objects the directory does not hold (yet) — e.g. credit-service knew the enterprise
 * before the clerk registered it. They are kept with the reason, counted, and applied in order when the object is
 * registered; never dropped, and they never block the consumer.
 */
@Component
class ParkedEvents {

    static final String COLLECTION = "parked_events";
    private static final Logger log = LoggerFactory.getLogger(ParkedEvents.class);

    private final MongoTemplate mongo;
    private final MeterRegistry meters;
    private Consumer<CloudEvent> replay = event -> { };

    ParkedEvents(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
        io.micrometer.core.instrument.Gauge.builder("supervision.registry.events.parked.waiting", this, ParkedEvents::count)
                .description("Credit events waiting for their object to be registered").register(meters);
    }

    void replayWith(Consumer<CloudEvent> effect) {
        this.replay = effect;
    }

    /** Keyed by event id: parking the same event twice keeps one copy. */
    void park(CloudEvent event, String objectId, String reason) {
        Document parked = new Document("_id", event.id()).append("objectId", objectId).append("type", event.type())
                .append("source", event.source()).append("subject", event.subject())
                .append("time", event.time() == null ? null : Date.from(event.time())).append("key", event.key())
                .append("data", new Binary(event.data())).append("reason", reason).append("parkedAt", new Date());
        try {
            mongo.insert(parked, COLLECTION);
            meters.counter("supervision.registry.events.parked", "type", event.type()).increment();
            log.warn("parked {} {} for {}: {}", event.type(), event.id(), objectId, reason);
        } catch (DuplicateKeyException already) {
            // a redelivery of an event parked before
        }
    }

    /** Applies, in event-time order, what was parked for {@code objectId}, then forgets it. */
    void release(String objectId) {
        Query query = new Query(where("objectId").is(objectId)).with(Sort.by("time", "_id"));
        for (Document d : mongo.find(query, Document.class, COLLECTION)) {
            Date time = d.getDate("time");
            CloudEvent event = new CloudEvent(d.getString("_id"), d.getString("type"), d.getString("source"), d.getString("subject"),
                    time == null ? null : time.toInstant(), d.getString("key"), d.get("data", Binary.class).getData());
            replay.accept(event);
            mongo.remove(new Query(where("_id").is(event.id())), COLLECTION);
            meters.counter("supervision.registry.events.released", "type", event.type()).increment();
            log.info("applied parked {} {} to {}", event.type(), event.id(), objectId);
        }
    }

    /** Releases what was parked for any of {@code keys} (objects just imported). */
    void releaseAmong(java.util.Collection<String> keys) {
        java.util.Set<String> wanted = keys instanceof java.util.Set<String> set ? set : new java.util.HashSet<>(keys);
        for (String objectId : mongo.findDistinct(new Query(), "objectId", COLLECTION, String.class)) {
            if (wanted.contains(objectId)) {
                release(objectId);
            }
        }
    }

    long count() {
        return mongo.count(new Query(), COLLECTION);
    }
}
