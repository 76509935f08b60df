package cn.supervision.draw;

import java.nio.charset.StandardCharsets;

// Why: §4 derives the master, stratum and assignment keys; one place keeps their exact message layout.
final class DrawKeys {
    private DrawKeys() {
    }

    static byte[] master(String secretHex, String taskId, String publicEntropy, Digests d) {
        String msg = "DRAW-1\n" + taskId + "\n" + publicEntropy + "\n" + d.populationDigest() + "\n"
                + d.rosterDigest() + "\n" + d.paramsDigest() + "\n";
        return HmacSha256.of(Hex.parse(secretHex), msg.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] stratum(byte[] master, String stratumName) {
        return HmacSha256.of(master, ("stratum\t" + stratumName).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] assign(byte[] master) {
        return HmacSha256.of(master, "assign".getBytes(StandardCharsets.UTF_8));
    }

    static String commitment(String secretHex) {
        return Hex.of(HmacSha256.sha256().digest(Hex.parse(secretHex)));
    }
}
