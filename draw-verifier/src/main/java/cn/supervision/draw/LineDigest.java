package cn.supervision.draw;

import java.security.MessageDigest;

// Why: every DRAW-1 digest is SHA-256 over TAB/LF-separated UTF-8 lines; this feeds them without building the text.
final class LineDigest {
    private final MessageDigest sha = HmacSha256.sha256();
    private byte[] buf = new byte[1 << 16];
    private int len;

    LineDigest text(String s) {
        reserve(Utf8.maxLength(s));
        len = Utf8.encode(s, buf, len);
        return this;
    }

    LineDigest number(long value) {
        return text(Long.toString(value));
    }

    LineDigest tab() {
        return put((byte) '\t');
    }

    LineDigest newline() {
        return put((byte) '\n');
    }

    LineDigest put(byte b) {
        reserve(1);
        buf[len++] = b;
        return this;
    }

    /** Feeds bytes already encoded elsewhere (e.g. by a parallel lane). */
    LineDigest bytes(byte[] b, int off, int n) {
        flush();
        sha.update(b, off, n);
        return this;
    }

    byte[] digest() {
        flush();
        return sha.digest();
    }

    String hex() {
        return Hex.of(digest());
    }

    private void reserve(int n) {
        if (len + n > buf.length) {
            flush();
            if (n > buf.length) {
                buf = new byte[n];
            }
        }
    }

    private void flush() {
        if (len > 0) {
            sha.update(buf, 0, len);
            len = 0;
        }
    }
}
