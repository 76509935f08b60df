package cn.supervision.sampling.drawlog.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * 摇号日志: a hash chain. Each link's hash covers its own text and the previous link's hash, so changing, removing or
 * inserting any past entry breaks every later hash — a re-draw cannot hide the draw it replaced.
 * <pre>
 *   text = "seq\t" seq "\n" "kind\t" kind "\n" "task\t" taskId "\n" "at\t" at "\n"
 *          for each detail, sorted by key: "detail\t" key "\t" value "\n"
 *          "prev\t" prevHash "\n"
 *   hash = hex(SHA-256(UTF-8(text)))          values escape \ TAB LF CR as \\ \t \n \r
 * </pre>
 */
public final class DrawChain {

    public static final String GENESIS = "0".repeat(64);

    public record Link(long seq, String kind, String taskId, String at, Map<String, String> details, String prevHash, String hash) {
    }

    /** VALID with the head hash, or the first sequence number that fails and why. */
    public record Verdict(boolean valid, long entries, String headHash, Long firstBadSeq, String problem) {
    }

    private DrawChain() {
    }

    public static String hashOf(long seq, String kind, String taskId, String at, Map<String, String> details, String prevHash) {
        StringBuilder text = new StringBuilder();
        text.append("seq\t").append(seq).append('\n');
        text.append("kind\t").append(escape(kind)).append('\n');
        text.append("task\t").append(escape(taskId)).append('\n');
        text.append("at\t").append(escape(at)).append('\n');
        new TreeMap<>(details == null ? Map.<String, String>of() : details)
                .forEach((k, v) -> text.append("detail\t").append(escape(k)).append('\t').append(escape(v)).append('\n'));
        text.append("prev\t").append(prevHash).append('\n');
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Checks links given in sequence order, starting at 0. */
    public static Verdict verify(Iterable<Link> links) {
        String prev = GENESIS;
        long expected = 0;
        for (Link link : links) {
            if (link.seq() != expected) {
                return new Verdict(false, expected, prev, expected, "entry " + expected + " is missing (next is " + link.seq() + ")");
            }
            if (!prev.equals(link.prevHash())) {
                return new Verdict(false, expected, prev, link.seq(), "entry " + link.seq() + " does not point to the hash of entry " + (expected - 1));
            }
            String hash = hashOf(link.seq(), link.kind(), link.taskId(), link.at(), link.details(), link.prevHash());
            if (!hash.equals(link.hash())) {
                return new Verdict(false, expected, prev, link.seq(), "entry " + link.seq() + " was changed after it was written");
            }
            prev = hash;
            expected++;
        }
        return new Verdict(true, expected, prev, null, null);
    }

    private static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
