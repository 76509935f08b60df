package cn.supervision.credit.directory;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import cn.supervision.platform.events.CloudEvent;
import cn.supervision.platform.events.MalformedEventException;
import cn.supervision.platform.inbox.EventInbox;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Consumes {@code registry.objects} (ObjectRegistered, ObjectChanged, ObjectDeregistered) into a small read model.
 * Credit never drops an event about an object it does not know: the file is kept and flagged instead.
 */
@Configuration
public class KnownObjects {

    private static final Logger log = LoggerFactory.getLogger(KnownObjects.class);
    static final String CONSUMER = "registryObjects";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ObjectState(String objectId, String name, String objectType, String status) {
    }

    private final MongoTemplate mongo;

    KnownObjects(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<KnownObject> find(String objectId) {
        return Optional.ofNullable(mongo.findById(objectId, KnownObject.class));
    }

    /** Which of {@code objectIds} the registry has described. */
    public Set<String> known(Collection<String> objectIds) {
        return mongo.find(new Query(where("_id").in(objectIds)), KnownObject.class).stream().map(KnownObject::objectId)
                .collect(Collectors.toSet());
    }

    @Bean
    Consumer<Message<byte[]>> registryObjects(EventInbox inbox, JsonMapper json) {
        return message -> inbox.receive(CONSUMER, message, event -> {
            if (!event.type().startsWith("registry.Object")) {
                return;
            }
            ObjectState state = read(json, event);
            store(new KnownObject(state.objectId(), state.name(), state.objectType(), state.status(), event.time()));
        });
    }

    /** Replace-if-newer by event time: a redelivered or late older event changes nothing. */
    void store(KnownObject object) {
        Query newerOrAbsent = new Query(new Criteria().andOperator(where("_id").is(object.objectId()),
                new Criteria().orOperator(where("eventTime").lte(object.eventTime()), where("eventTime").exists(false))));
        Document fields = new Document();
        mongo.getConverter().write(object, fields);
        fields.remove("_id");
        fields.remove("_class");
        Update update = new Update();
        fields.forEach(update::set);
        try {
            mongo.upsert(newerOrAbsent, update, KnownObject.class);
            log.info("registry object {} is {} ({})", object.objectId(), object.status(), object.objectType());
        } catch (DuplicateKeyException newerAlreadyThere) {
            log.info("registry object {}: a newer state is already stored", object.objectId());
        }
    }

    private static ObjectState read(JsonMapper json, CloudEvent event) {
        try {
            ObjectState state = json.readValue(event.data(), ObjectState.class);
            if (state == null || state.objectId() == null || state.objectId().isBlank()) {
                throw new MalformedEventException(event.type() + " " + event.id() + " names no objectId");
            }
            return state;
        } catch (JacksonException e) {
            throw new MalformedEventException("unreadable " + event.type() + " " + event.id(), e);
        }
    }
}
