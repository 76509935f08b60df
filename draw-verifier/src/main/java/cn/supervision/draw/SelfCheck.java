package cn.supervision.draw;

import java.nio.charset.StandardCharsets;

/**
 * An enterprise's check of its own case (§4, §7): from the published taskId, publicEntropy, secret, digests, its
 * stratum's name and threshold, and its own id, compute its rank; it was drawn exactly when rank &lt;= threshold.
 */
// Why: anyone can check their own fate without the population list, which may not be public.
public final class SelfCheck {
    /** The object's hex rank in its stratum, and whether it was drawn. */
    public record Answer(String rank, boolean drawn) {
    }

    private SelfCheck() {
    }

    /** @param threshold the stratum's published threshold (hex), or null when the stratum drew nobody */
    public static Answer check(String taskId, String publicEntropy, String secret, Digests digests,
                               String stratumName, String objectId, String threshold) {
        TextRules.requireIdentifier("taskId", taskId);
        TextRules.requireIdentifier("publicEntropy", publicEntropy);
        TextRules.requireHex64("secret", secret);
        TextRules.requireIdentifier("stratum", stratumName);
        TextRules.requireIdentifier("objectId", objectId);
        if (threshold != null) {
            TextRules.requireHex64("threshold", threshold);
        }
        byte[] master = DrawKeys.master(secret, taskId, publicEntropy, digests);
        byte[] rank = HmacSha256.of(DrawKeys.stratum(master, stratumName), objectId.getBytes(StandardCharsets.UTF_8));
        String hex = Hex.of(rank);
        return new Answer(hex, threshold != null && hex.compareTo(threshold) <= 0);
    }
}
