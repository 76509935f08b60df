package cn.supervision.disclosure.provincial;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.supervision.disclosure.ledger.PublicationDocument;
import cn.supervision.disclosure.ledger.PushQueue;
import cn.supervision.platform.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** 对账: what the province acknowledged against what our ledger holds. */
@RestController
class Reconciliation {

    static final int LISTED = 100;
    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    /**
     * @param acknowledgedByBoth    keys both sides hold as acknowledged
     * @param pendingHere           our records the province has not acknowledged (yet): the push queue
     * @param acknowledgedThereOnly the province holds them, we still think them pending (a lost acknowledgement; the next
     *                              push of the same key is answered as a duplicate and closes it)
     * @param unknownToUs           keys the province acknowledged that we never entered: investigate
     * @param receiptMismatches     both hold the key, with different receipts
     */
    record Report(Instant generatedAt, int provinceAcknowledged, int weHold, int acknowledgedByBoth, int pendingHere, List<String> pendingKeys,
            List<String> acknowledgedThereOnly, List<String> unknownToUs, List<String> receiptMismatches, boolean consistent) {
    }

    private final PushQueue queue;
    private final ProvincialClient client;
    private final ProvincialProperties properties;
    private final java.time.Clock clock;

    Reconciliation(PushQueue queue, ProvincialClient client, ProvincialProperties properties, java.time.Clock clock) {
        this.queue = queue;
        this.client = client;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/disclosure/provincial/reconciliation")
    Report report() {
        if (!properties.configured()) {
            throw ProblemException.conflict("disclosure.provincial.base-url", "no provincial platform is configured");
        }
        List<ProvincialClient.Ack> theirs;
        try {
            theirs = client.acknowledgements();
        } catch (ProvincialUnavailable | ProvincialRejection e) {
            log.warn("reconciliation: {}", e.getMessage());
            throw new ProvincialProblem(e.getMessage());
        }
        Map<String, String> there = new HashMap<>();
        theirs.forEach(ack -> there.put(ack.recordKey(), ack.receipt()));
        Map<String, String> acknowledgedHere = new HashMap<>();
        for (PublicationDocument entry : queue.acknowledged()) {
            acknowledgedHere.put(entry.key, entry.provincialReceipt);
        }
        Set<String> pending = queue.pending().stream().map(e -> e.key).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        int both = 0;
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, String> ours : acknowledgedHere.entrySet()) {
            if (there.containsKey(ours.getKey())) {
                both++;
                if (!String.valueOf(ours.getValue()).equals(there.get(ours.getKey()))) {
                    mismatches.add(ours.getKey());
                }
            }
        }
        List<String> thereOnly = pending.stream().filter(there::containsKey).sorted().toList();
        List<String> unknown = there.keySet().stream().filter(k -> !acknowledgedHere.containsKey(k) && !pending.contains(k)).sorted().toList();
        List<String> notThere = acknowledgedHere.keySet().stream().filter(k -> !there.containsKey(k)).sorted().toList();
        if (!notThere.isEmpty()) {
            // we hold an acknowledgement the province no longer lists: report it as a mismatch too
            mismatches.addAll(notThere);
        }
        Report report = new Report(clock.instant(), there.size(), acknowledgedHere.size() + pending.size(), both, pending.size(),
                pending.stream().limit(LISTED).toList(), limit(thereOnly), limit(unknown), limit(mismatches.stream().sorted().toList()),
                pending.isEmpty() && unknown.isEmpty() && mismatches.isEmpty());
        log.info("reconciliation: province {} acknowledged, we hold {}, both {}, pending {}, unknown to us {}, mismatches {}",
                report.provinceAcknowledged(), report.weHold(), both, pending.size(), unknown.size(), mismatches.size());
        return report;
    }

    private static List<String> limit(List<String> keys) {
        return keys.size() > LISTED ? keys.subList(0, LISTED) : keys;
    }

    /** 502: the province's answer could not be used. */
    static class ProvincialProblem extends ProblemException {
        ProvincialProblem(String detail) {
            super(502, "Provincial platform answer unusable", detail, List.of(new cn.supervision.platform.problem.FieldProblem("province", detail)));
        }
    }
}
