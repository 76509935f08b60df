package cn.supervision.inspection.log;

import java.time.Instant;
import java.util.Map;

import cn.supervision.inspection.log.domain.LogEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A log entry as stored: inserted once under {@code recordId#seq}, never updated or deleted by the application. */
@Document(LogEntryDocument.COLLECTION)
class LogEntryDocument {

    static final String COLLECTION = "inspection_log";

    @Id
    String id;
    String recordId;
    long seq;
    String action;
    String actor;
    Instant at;
    Map<String, String> details;
    Long corrects;
    String previousHash;
    String hash;

    static LogEntryDocument of(LogEntry e) {
        LogEntryDocument d = new LogEntryDocument();
        d.id = e.recordId() + "#" + e.seq();
        d.recordId = e.recordId();
        d.seq = e.seq();
        d.action = e.action();
        d.actor = e.actor();
        d.at = e.at();
        d.details = e.details();
        d.corrects = e.corrects();
        d.previousHash = e.previousHash();
        d.hash = e.hash();
        return d;
    }

    LogEntry entry() {
        return new LogEntry(recordId, seq, action, actor, at, details, corrects, previousHash, hash);
    }
}
