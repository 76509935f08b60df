package cn.supervision.sampling.drawlog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.supervision.sampling.drawlog.domain.DrawChain;
import jakarta.annotation.PostConstruct;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Appends to the hash-chained draw log. A change stores its {@link LogDraft}s in its own document ({@code pendingLog});
 * after the write they are chained here and removed. If the service stops in between, {@link #flushAll} (run on a
 * schedule) chains them later; the unique entry key makes a repeat a no-op, and sequence numbers are the document ids,
 * so two instances appending at once cannot both take the same place in the chain.
 */
@Component
public class DrawLog {

    private static final Logger log = LoggerFactory.getLogger(DrawLog.class);
    /** Collections whose documents may carry a {@code pendingLog}. */
    public static final List<String> SOURCES = List.of("tasks", "shortfalls");

    private final MongoTemplate mongo;

    DrawLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void uniqueEntryKeys() {
        mongo.indexOps(DrawLogEntry.class).createIndex(new Index().on("entryKey", Sort.Direction.ASC).unique());
    }

    public synchronized void append(LogDraft draft) {
        for (int attempt = 0; attempt < 50; attempt++) {
            if (mongo.exists(new Query(where("entryKey").is(draft.entryKey())), DrawLogEntry.class)) {
                return;
            }
            DrawLogEntry head = head();
            long seq = head == null ? 0 : head.seq() + 1;
            String prev = head == null ? DrawChain.GENESIS : head.hash();
            Map<String, String> details = new LinkedHashMap<>(draft.details());
            details.values().removeIf(java.util.Objects::isNull);
            String hash = DrawChain.hashOf(seq, draft.kind(), draft.taskId(), draft.at(), details, prev);
            try {
                mongo.insert(new DrawLogEntry(seq, draft.entryKey(), draft.kind(), draft.taskId(), draft.at(), details, prev, hash));
                log.info("draw log {}: {} task {} hash {}", seq, draft.kind(), draft.taskId(), hash);
                return;
            } catch (DuplicateKeyException raced) {
                // another instance took this place (or appended this very draft): look again
            }
        }
        throw new IllegalStateException("could not append to the draw log after 50 attempts");
    }

    /** Chains the drafts of one document, then removes them from it. */
    public void flush(String collection, Object id, List<LogDraft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>();
        for (LogDraft draft : drafts) {
            append(draft);
            keys.add(draft.entryKey());
        }
        mongo.updateFirst(new Query(where("_id").is(id)), new Update().pull("pendingLog", new Document("entryKey", new Document("$in", keys))),
                collection);
        drafts.clear();
    }

    /** Chains whatever a crash left pending. */
    public void flushAll() {
        for (String collection : SOURCES) {
            Query pending = new Query(where("pendingLog.0").exists(true));
            for (Document doc : mongo.find(pending, Document.class, collection)) {
                List<LogDraft> drafts = new ArrayList<>();
                for (Document d : doc.getList("pendingLog", Document.class)) {
                    Map<String, String> details = new LinkedHashMap<>();
                    Document raw = d.get("details", Document.class);
                    if (raw != null) {
                        raw.forEach((k, v) -> details.put(k, v == null ? null : v.toString()));
                    }
                    drafts.add(new LogDraft(d.getString("entryKey"), d.getString("kind"), d.getString("taskId"), d.getString("at"), details));
                }
                flush(collection, doc.get("_id"), drafts);
            }
        }
    }

    DrawChain.Verdict verify() {
        Query all = new Query().with(Sort.by("_id"));
        try (java.util.stream.Stream<DrawLogEntry> entriesStream = mongo.stream(all, DrawLogEntry.class)) {
            java.util.Iterator<DrawLogEntry> entries = entriesStream.iterator();
            Iterable<DrawChain.Link> links = () -> new java.util.Iterator<>() {
                public boolean hasNext() {
                    return entries.hasNext();
                }

                public DrawChain.Link next() {
                    DrawLogEntry e = entries.next();
                    return new DrawChain.Link(e.seq(), e.kind(), e.taskId(), e.at(), e.details(), e.prevHash(), e.hash());
                }
            };
            return DrawChain.verify(links);
        }
    }

    List<DrawLogEntry> entries(String taskId, long from, int limit) {
        Query query = new Query().with(Sort.by("_id")).limit(limit);
        query.addCriteria(where("_id").gte(from));
        if (taskId != null) {
            query.addCriteria(where("taskId").is(taskId));
        }
        return mongo.find(query, DrawLogEntry.class);
    }

    private DrawLogEntry head() {
        return mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), DrawLogEntry.class);
    }
}
