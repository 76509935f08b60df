package cn.supervision.inspection.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.supervision.inspection.log.domain.LogChain;
import cn.supervision.inspection.log.domain.LogEntry;
import cn.supervision.inspection.records.domain.Inspection;
import cn.supervision.inspection.records.domain.InspectionStatus;
import cn.supervision.platform.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An inspection record as stored, with the events its last change still has to publish and the log entries it still
 * has to append to the full-process log. Both are written with the change in one document write; task, object,
 * status, deadline and departments are copied up for queries.
 */
@Document(InspectionDocument.COLLECTION)
class InspectionDocument extends OutboxDocument {

    static final String COLLECTION = "inspections";

    @Id
    String id;
    String taskId;
    String objectId;
    InspectionStatus status;
    LocalDate dueDate;
    List<String> departments;
    Inspection inspection;
    /** Sequence number and hash of the last log entry of this record: the head of its chain. */
    long logSeq;
    String lastLogHash;
    /** Log entries written with the last change, not yet confirmed in the log collection. */
    List<LogEntry> pendingLog = new ArrayList<>();
    /** Which log entry holds the current result of each check item, so that a correction can point at it. */
    List<ItemLogRef> itemLogRefs = new ArrayList<>();

    record ItemLogRef(String checkItem, long seq) {
    }

    static InspectionDocument of(Inspection inspection) {
        InspectionDocument d = new InspectionDocument();
        d.id = inspection.id();
        d.update(inspection);
        return d;
    }

    void update(Inspection changed) {
        taskId = changed.taskId();
        objectId = changed.objectId();
        status = changed.status();
        dueDate = changed.dueDate();
        departments = changed.departments();
        inspection = changed;
    }

    /** Chains a new entry after the last one; returns its sequence number. */
    long log(String action, String actor, Instant at, Map<String, String> details, Long corrects) {
        LogEntry entry = LogChain.next(id, logSeq, lastLogHash == null ? LogChain.GENESIS : lastLogHash, action, actor, at, details, corrects);
        if (pendingLog == null) {
            pendingLog = new ArrayList<>();
        }
        pendingLog.add(entry);
        logSeq = entry.seq();
        lastLogHash = entry.hash();
        return entry.seq();
    }

    /** The log entry that holds the current result of an item (or the side path, under {@code #outcome}), or null. */
    Long itemLogSeq(String checkItem) {
        return itemLogRefs == null ? null
                : itemLogRefs.stream().filter(r -> r.checkItem().equals(checkItem)).map(ItemLogRef::seq).reduce((a, b) -> b).orElse(null);
    }

    void itemLogged(String checkItem, long seq) {
        if (itemLogRefs == null) {
            itemLogRefs = new ArrayList<>();
        }
        itemLogRefs.removeIf(r -> r.checkItem().equals(checkItem));
        itemLogRefs.add(new ItemLogRef(checkItem, seq));
    }
}
