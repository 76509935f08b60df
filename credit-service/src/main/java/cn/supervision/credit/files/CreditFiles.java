package cn.supervision.credit.files;

import java.util.Optional;

import cn.supervision.credit.files.domain.CreditEntry;
import cn.supervision.credit.files.domain.CreditFile;
import com.mongodb.client.result.UpdateResult;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Credit files: adds entries idempotently (one per source event) and reads a file back. */
@Service
class CreditFiles {

    private static final Logger log = LoggerFactory.getLogger(CreditFiles.class);

    private final MongoTemplate mongo;
    private final MeterRegistry meters;

    CreditFiles(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
    }

    /**
     * Adds {@code entry} to the file of {@code objectId} in one atomic upsert whose query excludes a file already
     * holding an entry of the same event: then nothing matches, the upsert's insert clashes with the existing
     * {@code _id}, and nothing changes. Returns whether the entry was added.
     */
    boolean add(String objectId, String uscc, String name, CreditEntry entry) {
        Query notYetThere = new Query(where("_id").is(objectId).and("entries.eventId").ne(entry.eventId()));
        Update update = new Update().push("entries", entry);
        if (uscc != null) {
            update.set("uscc", uscc);
        }
        if (name != null) {
            update.set("name", name);
        }
        boolean added;
        try {
            UpdateResult result = mongo.upsert(notYetThere, update, CreditFileDocument.class);
            added = result.getUpsertedId() != null || result.getModifiedCount() > 0;
        } catch (DuplicateKeyException alreadyThere) {
            added = false;
        }
        if (added) {
            meters.counter("supervision.credit.entries", "kind", entry.kind().name()).increment();
            log.info("credit file {}: added {} entry from event {}", objectId, entry.kind(), entry.eventId());
        } else {
            log.info("credit file {}: entry from event {} already present, nothing changed", objectId, entry.eventId());
        }
        return added;
    }

    Optional<CreditFile> find(String objectId) {
        return Optional.ofNullable(mongo.findById(objectId, CreditFileDocument.class)).map(CreditFileDocument::toDomain);
    }
}
