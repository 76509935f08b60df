package cn.supervision.inspection.log.domain;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of a record's full-process log (执法全过程记录): who did what to the record and when. {@code seq} counts
 * from 1 per record; {@code previousHash} is the hash of entry {@code seq - 1} ({@link LogChain#GENESIS} for the
 * first); {@code hash} covers this entry's canonical text, previous hash included. A correction is a new entry whose
 * {@code corrects} names the sequence number of the entry it corrects; nothing is ever changed in place.
 */
public record LogEntry(String recordId, long seq, String action, String actor, Instant at, Map<String, String> details, Long corrects,
        String previousHash, String hash) {

    public LogEntry {
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(details));
    }
}
