package cn.supervision.disclosure.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The durable queue of provincial pushes: the ledger entries not yet acknowledged. A worker claims a due entry with a
 * lease (atomic find-and-modify), so several instances never push one entry at once and a crashed worker's entry is
 * taken up again when its lease ends. Nothing leaves the queue but an acknowledgement.
 */
@Component
public class PushQueue {

    private final MongoTemplate mongo;
    private final Clock clock;

    PushQueue(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Claims up to {@code max} due entries, oldest first, each for {@code lease}. */
    public List<PublicationDocument> claim(int max, java.time.Duration lease) {
        Instant now = clock.instant();
        List<PublicationDocument> claimed = new ArrayList<>();
        Query due = new Query(new Criteria().andOperator(where("pushStatus").is(PublicationDocument.PENDING), where("nextAttemptAt").lte(now),
                new Criteria().orOperator(where("leaseUntil").is(null), where("leaseUntil").lt(now))))
                .with(Sort.by("nextAttemptAt", "_id"));
        for (int i = 0; i < max; i++) {
            PublicationDocument entry = mongo.findAndModify(due, new Update().set("leaseUntil", now.plus(lease)),
                    FindAndModifyOptions.options().returnNew(true), PublicationDocument.class);
            if (entry == null) {
                break;
            }
            claimed.add(entry);
        }
        return claimed;
    }

    /** The province acknowledged {@code key}: it leaves the queue. An acknowledgement repeated later changes nothing. */
    public boolean acknowledged(String key, String receipt) {
        Instant now = clock.instant();
        Update update = new Update().set("pushStatus", PublicationDocument.ACKNOWLEDGED).set("provincialReceipt", receipt)
                .set("acknowledgedAt", now).set("deliveredOn", java.time.LocalDate.now(clock.withZone(Ledger.BEIJING))).unset("leaseUntil")
                .unset("lastError");
        return mongo.updateFirst(new Query(where("_id").is(key).and("pushStatus").is(PublicationDocument.PENDING)), update,
                PublicationDocument.class).getModifiedCount() == 1;
    }

    /** The push failed: counted, and due again at {@code next}. */
    public void failed(String key, String error, Instant next) {
        mongo.updateFirst(new Query(where("_id").is(key).and("pushStatus").is(PublicationDocument.PENDING)),
                new Update().inc("attempts", 1).set("lastError", error).set("nextAttemptAt", next).unset("leaseUntil"), PublicationDocument.class);
    }

    /** Not tried (the circuit is open): back in the queue untouched, due again at {@code next}. */
    public void release(String key, Instant next) {
        mongo.updateFirst(new Query(where("_id").is(key)), new Update().set("nextAttemptAt", next).unset("leaseUntil"), PublicationDocument.class);
    }

    /** Every entry still waiting for the province, oldest first (a district holds thousands at most). */
    public List<PublicationDocument> pending() {
        return mongo.find(new Query(where("pushStatus").is(PublicationDocument.PENDING)).with(Sort.by("enqueuedAt", "_id")),
                PublicationDocument.class);
    }

    public PublicationDocument find(String key) {
        return mongo.findById(key, PublicationDocument.class);
    }

    /** Key and receipt of every acknowledged entry, for the reconciliation report. */
    public List<PublicationDocument> acknowledged() {
        Query query = new Query(where("pushStatus").is(PublicationDocument.ACKNOWLEDGED));
        query.fields().include("_id", "provincialReceipt", "kind", "recordId");
        return mongo.find(query, PublicationDocument.class);
    }

    public boolean isPending(PublicationDocument entry) {
        return PublicationDocument.PENDING.equals(entry.pushStatus);
    }
}
