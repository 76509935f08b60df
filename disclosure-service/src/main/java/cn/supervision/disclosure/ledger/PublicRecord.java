package cn.supervision.disclosure.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.supervision.disclosure.ledger.domain.RecordKind;

/**
 * A record that just became public, as the ledger takes it: what it is, where it came from, its deadline (results
 * only) and its public content (already redacted) for the provincial push.
 *
 * @param recordId      the record's own key (inspection id, task id, {@code taskId/objectId}, check-item code, ...)
 * @param sourceEventId the event it was built from; with kind and record id it makes the idempotency key
 */
public record PublicRecord(RecordKind kind, String recordId, String sourceEventId, String objectId, String taskId, List<String> departments,
        LocalDate resultDate, LocalDate deadline, boolean deadlineUnknown, String category, Map<String, Object> content) {

    public PublicRecord {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    /** One key per record version: a redelivered event maps to the same key, a correction (new event) to a new one. */
    public String key() {
        return kind.name() + ":" + recordId + ":" + sourceEventId;
    }

    public static PublicRecord other(RecordKind kind, String recordId, String sourceEventId, String objectId, String taskId,
            List<String> departments, Map<String, Object> content) {
        return new PublicRecord(kind, recordId, sourceEventId, objectId, taskId, departments, null, null, false, null, content);
    }
}
