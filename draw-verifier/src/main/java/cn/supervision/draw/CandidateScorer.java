package cn.supervision.draw;

// Why: scores candidate inspectors for one object with HMAC(K_a, objectId TAB inspectorId), the tie-break of §5.
final class CandidateScorer {
    private final HmacSha256 mac;
    private final byte[][] idBytes;
    private final byte[] scores;
    private byte[] msg = new byte[256];
    private int objectLength;

    CandidateScorer(HmacSha256 mac, byte[][] idBytes, byte[] scores) {
        this.mac = mac;
        this.idBytes = idBytes;
        this.scores = scores;
    }

    void object(String objectId) {
        int need = Utf8.maxLength(objectId) + 1;
        if (need > msg.length) {
            msg = new byte[need * 2];
        }
        objectLength = Utf8.encode(objectId, msg, 0);
        msg[objectLength++] = '\t';
    }

    /** Writes the score of each inspector in {@code who[0, n)} at {@code scores[32 * inspector]}. */
    void score(int[] who, int n) {
        for (int i = 0; i < n; i++) {
            int x = who[i];
            byte[] id = idBytes[x];
            if (objectLength + id.length > msg.length) {
                msg = java.util.Arrays.copyOf(msg, (objectLength + id.length) * 2);
            }
            System.arraycopy(id, 0, msg, objectLength, id.length);
            mac.mac(msg, 0, objectLength + id.length, scores, x * 32);
        }
    }
}
