package cn.supervision.disclosure.ledger;

import java.time.LocalDate;
import java.util.List;

/** Payloads of the events disclosure-service produces on {@code disclosure.records} (contracts in {@code contracts/}). */
final class LedgerEvents {

    static final String TOPIC = "disclosure.records";
    static final String RESULT_PUBLISHED = "disclosure.ResultPublished.v1";
    static final String OVERDUE = "disclosure.DisclosureOverdue.v1";

    private LedgerEvents() {
    }

    /** A result (or refusal) is on the public pages. */
    record ResultPublished(String recordKey, String kind, String inspectionId, String taskId, String objectId, List<String> departments,
            String category, LocalDate resultDate, LocalDate publishedOn, LocalDate disclosureDeadline, boolean deadlineUnknown,
            String sourceEventId) {
    }

    /** A result missed its 20-working-day deadline. */
    record DisclosureOverdue(String recordKey, String kind, String inspectionId, String taskId, String objectId, List<String> departments,
            LocalDate resultDate, LocalDate disclosureDeadline, LocalDate detectedOn, String reason, String sourceEventId) {
    }
}
