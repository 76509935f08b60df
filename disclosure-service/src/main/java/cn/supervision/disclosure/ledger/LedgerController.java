package cn.supervision.disclosure.ledger;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff views of the ledger: the overdue list (逾期未公示) and the push queue. */
@RestController
class LedgerController {

    private final Ledger ledger;
    private final PushQueue queue;

    LedgerController(Ledger ledger, PushQueue queue) {
        this.ledger = ledger;
        this.queue = queue;
    }

    record OverdueEntry(String recordKey, String kind, String inspectionId, String taskId, String objectId, List<String> departments,
            LocalDate resultDate, LocalDate disclosureDeadline, LocalDate publishedOn, LocalDate deliveredOn, String reason, String pushStatus,
            String sourceEventId) {
    }

    record PendingPush(String recordKey, String kind, String recordId, int attempts, String lastError, java.time.Instant enqueuedAt,
            java.time.Instant nextAttemptAt, LocalDate disclosureDeadline) {
    }

    /** Results that missed their 20-working-day deadline, with why and whether they have reached the province since. */
    @GetMapping("/disclosure/overdue")
    List<OverdueEntry> overdue() {
        return ledger.overdue().stream().map(e -> new OverdueEntry(e.key, e.kind, e.recordId, e.taskId, e.objectId, e.departments,
                e.resultDate, e.deadline, e.publishedOn, e.deliveredOn, e.overdueReason, e.pushStatus, e.sourceEventId)).toList();
    }

    record EntryStatus(String recordKey, String kind, String recordId, String sourceEventId, String pushStatus, int attempts, String lastError,
            String provincialReceipt, LocalDate publishedOn, LocalDate deliveredOn, LocalDate disclosureDeadline, boolean overdue) {
    }

    /** One ledger entry's state: published when, pushed how often, acknowledged with which receipt. */
    @GetMapping("/disclosure/ledger")
    EntryStatus entry(@org.springframework.web.bind.annotation.RequestParam String key) {
        PublicationDocument e = queue.find(key);
        if (e == null) {
            throw cn.supervision.platform.problem.ProblemException.notFound("ledger entry " + key);
        }
        return new EntryStatus(e.key, e.kind, e.recordId, e.sourceEventId, e.pushStatus, e.attempts, e.lastError, e.provincialReceipt, e.publishedOn,
                e.deliveredOn, e.deadline, e.overdueRaised);
    }

    /** What still waits for the provincial platform, oldest first. */
    @GetMapping("/disclosure/push-queue")
    List<PendingPush> pushQueue() {
        return queue.pending().stream().map(e -> new PendingPush(e.key, e.kind, e.recordId, e.attempts, e.lastError, e.enqueuedAt,
                e.nextAttemptAt, e.deadline)).toList();
    }
}
