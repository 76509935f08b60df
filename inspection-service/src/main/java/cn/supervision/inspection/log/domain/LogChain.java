package cn.supervision.inspection.log.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hash chain of a record's log. Each entry's hash is SHA-256 over a canonical text of the entry (fixed field order,
 * details sorted by key, escaped line breaks) that includes the previous entry's hash, so changing, removing or
 * reordering any stored entry breaks the link at that entry.
 */
public final class LogChain {

    /** The "previous hash" of a record's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private LogChain() {
    }

    /**
     * The next entry after {@code previousSeq}/{@code previousHash} ({@code 0}/{@link #GENESIS} for the first). Time is
     * kept to the millisecond: what a database stores and gives back must hash the same.
     */
    public static LogEntry next(String recordId, long previousSeq, String previousHash, String action, String actor, Instant at,
            Map<String, String> details, Long corrects) {
        Instant stamp = at.truncatedTo(ChronoUnit.MILLIS);
        LogEntry unsealed = new LogEntry(recordId, previousSeq + 1, action, actor, stamp, details, corrects, previousHash, null);
        return new LogEntry(recordId, unsealed.seq(), action, actor, stamp, unsealed.details(), corrects, previousHash, hashOf(unsealed));
    }

    /** SHA-256 (hex) of the entry's canonical text; the entry's own {@code hash} is not part of it. */
    public static String hashOf(LogEntry e) {
        StringBuilder text = new StringBuilder();
        line(text, "record", e.recordId());
        line(text, "seq", Long.toString(e.seq()));
        line(text, "action", e.action());
        line(text, "actor", e.actor());
        line(text, "at", e.at() == null ? null : e.at().toString());
        line(text, "corrects", e.corrects() == null ? null : e.corrects().toString());
        for (Map.Entry<String, String> detail : new TreeMap<>(e.details()).entrySet()) {
            line(text, "detail." + detail.getKey(), detail.getValue());
        }
        line(text, "previous", e.previousHash());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append('=');
        if (value == null) {
            text.append("\\0");
        } else {
            text.append(value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
        }
        text.append('\n');
    }

    /**
     * Checks the stored entries of one record (in sequence order) link by link, and that the chain reaches the last
     * entry the record itself knows of ({@code expectedLastSeq}, {@code expectedLastHash}), so that removing entries from
     * the end is found too.
     */
    public static ChainVerdict verify(String recordId, List<LogEntry> stored, long expectedLastSeq, String expectedLastHash) {
        String previous = GENESIS;
        long seq = 0;
        for (LogEntry entry : stored) {
            long expected = seq + 1;
            if (entry.seq() != expected) {
                return ChainVerdict.brokenAt(recordId, stored.size(), expected,
                        "entry " + expected + " is missing (found entry " + entry.seq() + " next)");
            }
            if (!recordId.equals(entry.recordId())) {
                return ChainVerdict.brokenAt(recordId, stored.size(), expected, "entry belongs to record " + entry.recordId());
            }
            if (!previous.equals(entry.previousHash())) {
                return ChainVerdict.brokenAt(recordId, stored.size(), expected, "its previous hash does not match entry " + seq);
            }
            String recomputed = hashOf(entry);
            if (!recomputed.equals(entry.hash())) {
                return ChainVerdict.brokenAt(recordId, stored.size(), expected, "its content does not match its hash (altered after it was written)");
            }
            previous = entry.hash();
            seq = expected;
        }
        if (seq < expectedLastSeq) {
            return ChainVerdict.brokenAt(recordId, stored.size(), seq + 1, "entries " + (seq + 1) + " to " + expectedLastSeq + " are missing");
        }
        if (expectedLastHash != null && seq == expectedLastSeq && seq > 0 && !previous.equals(expectedLastHash)) {
            return ChainVerdict.brokenAt(recordId, stored.size(), seq, "the last entry is not the one the record holds");
        }
        return ChainVerdict.intact(recordId, stored.size());
    }
}
