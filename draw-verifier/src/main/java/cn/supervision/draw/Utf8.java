package cn.supervision.draw;

import java.nio.charset.StandardCharsets;

// Why: hashing millions of ids needs their UTF-8 bytes without allocating a new array per id.
final class Utf8 {
    private Utf8() {
    }

    /** Upper bound of the UTF-8 length of {@code s}. */
    static int maxLength(String s) {
        return s.length() * 3;
    }

    /**
     * Writes the UTF-8 bytes of {@code s} (valid Unicode, see {@link TextRules}) at {@code offset};
     * {@code out} must have {@link #maxLength} bytes free. Returns the offset after the last byte.
     */
    static int encode(String s, byte[] out, int offset) {
        int n = s.length();
        int p = offset;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[p++] = (byte) c;
            } else if (c < 0x800) {
                out[p++] = (byte) (0xc0 | (c >>> 6));
                out[p++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[p++] = (byte) (0xf0 | (cp >>> 18));
                out[p++] = (byte) (0x80 | ((cp >>> 12) & 0x3f));
                out[p++] = (byte) (0x80 | ((cp >>> 6) & 0x3f));
                out[p++] = (byte) (0x80 | (cp & 0x3f));
            } else {
                out[p++] = (byte) (0xe0 | (c >>> 12));
                out[p++] = (byte) (0x80 | ((c >>> 6) & 0x3f));
                out[p++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return p;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
