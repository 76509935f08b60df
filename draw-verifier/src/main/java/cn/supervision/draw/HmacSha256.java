package cn.supervision.draw;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

// Why: a draw computes millions of HMACs under one key; hashing the key's inner and outer pads once saves half the work.
final class HmacSha256 {
    private static final int BLOCK = 64;
    private final MessageDigest innerStart;
    private final MessageDigest outerStart;
    private final byte[] innerHash = new byte[32];

    HmacSha256(byte[] key) {
        byte[] k = key.length > BLOCK ? sha256().digest(key) : key;
        byte[] ipad = new byte[BLOCK];
        byte[] opad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte b = i < k.length ? k[i] : 0;
            ipad[i] = (byte) (b ^ 0x36);
            opad[i] = (byte) (b ^ 0x5c);
        }
        innerStart = sha256();
        innerStart.update(ipad);
        outerStart = sha256();
        outerStart.update(opad);
    }

    private HmacSha256(HmacSha256 from) {
        innerStart = copy(from.innerStart);
        outerStart = copy(from.outerStart);
    }

    /** An independent instance for another thread (instances are not thread-safe). */
    HmacSha256 copy() {
        return new HmacSha256(this);
    }

    /** HMAC-SHA256 of {@code msg[off, off+len)} written as 32 bytes at {@code out[outOff]}. */
    void mac(byte[] msg, int off, int len, byte[] out, int outOff) {
        try {
            MessageDigest inner = copy(innerStart);
            inner.update(msg, off, len);
            inner.digest(innerHash, 0, 32);
            MessageDigest outer = copy(outerStart);
            outer.update(innerHash, 0, 32);
            outer.digest(out, outOff, 32);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] mac(byte[] msg) {
        byte[] out = new byte[32];
        mac(msg, 0, msg.length, out, 0);
        return out;
    }

    static byte[] of(byte[] key, byte[] msg) {
        return new HmacSha256(key).mac(msg);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static MessageDigest copy(MessageDigest prepared) {
        try {
            return (MessageDigest) prepared.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("this Java's SHA-256 cannot be cloned", e);
        }
    }
}
