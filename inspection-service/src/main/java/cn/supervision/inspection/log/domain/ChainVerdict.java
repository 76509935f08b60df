package cn.supervision.inspection.log.domain;

/**
 * The result of checking one record's log: intact, or the first entry where the chain breaks and why. Later entries
 * are not trusted once one link is broken.
 */
public record ChainVerdict(String recordId, boolean intact, int entries, Long firstBrokenSeq, String reason) {

    static ChainVerdict intact(String recordId, int entries) {
        return new ChainVerdict(recordId, true, entries, null, null);
    }

    static ChainVerdict brokenAt(String recordId, int entries, long seq, String reason) {
        return new ChainVerdict(recordId, false, entries, seq, reason);
    }
}
