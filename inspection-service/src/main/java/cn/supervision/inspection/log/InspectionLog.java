package cn.supervision.inspection.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.supervision.inspection.log.domain.ChainVerdict;
import cn.supervision.inspection.log.domain.LogChain;
import cn.supervision.inspection.log.domain.LogEntry;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The full-process log (执法全过程记录) of every record: one append-only collection. Entries are only ever inserted,
 * under an id made of record and sequence number, so appending the same entry twice stores it once.
 */
@Service
public class InspectionLog {

    private static final Logger log = LoggerFactory.getLogger(InspectionLog.class);

    private final MongoTemplate mongo;
    private final MeterRegistry meters;

    InspectionLog(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
    }

    /** Appends entries already chained by the record; an entry stored before is left as it is (never overwritten). */
    public void append(List<LogEntry> entries) {
        for (LogEntry entry : entries) {
            try {
                mongo.insert(LogEntryDocument.of(entry));
                meters.counter("supervision.inspection.log.entries", "action", entry.action()).increment();
            } catch (DuplicateKeyException alreadyThere) {
                log.debug("log entry {}#{} already stored", entry.recordId(), entry.seq());
            }
        }
    }

    /** The stored entries of a record in sequence order. */
    public List<LogEntry> entries(String recordId) {
        return mongo.find(new Query(where("recordId").is(recordId)).with(Sort.by("seq")), LogEntryDocument.class).stream()
                .map(LogEntryDocument::entry).toList();
    }

    /**
     * Verifies a record's chain: the stored entries, completed by those the record still holds pending, up to the head
     * the record knows of.
     */
    public ChainVerdict verify(String recordId, List<LogEntry> pending, long headSeq, String headHash) {
        Map<Long, LogEntry> bySeq = new TreeMap<>();
        if (pending != null) {
            pending.forEach(e -> bySeq.put(e.seq(), e));
        }
        entries(recordId).forEach(e -> bySeq.put(e.seq(), e));
        ChainVerdict verdict = LogChain.verify(recordId, new ArrayList<>(bySeq.values()), headSeq, headHash);
        meters.counter("supervision.inspection.log.verifications", "outcome", verdict.intact() ? "intact" : "broken").increment();
        if (!verdict.intact()) {
            log.warn("log of inspection {} broken at entry {}: {}", recordId, verdict.firstBrokenSeq(), verdict.reason());
        }
        return verdict;
    }
}
