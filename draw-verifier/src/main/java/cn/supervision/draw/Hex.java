package cn.supervision.draw;

// Why: DRAW-1 writes every hash, key and secret as lowercase hex (§2); one small codec keeps that exact everywhere.
final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    static String of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    static String of(byte[] bytes, int offset, int length) {
        char[] out = new char[length * 2];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xff;
            out[2 * i] = DIGITS[b >>> 4];
            out[2 * i + 1] = DIGITS[b & 0x0f];
        }
        return new String(out);
    }

    static boolean isLowerHex(String s, int length) {
        if (s == null || s.length() != length || (length & 1) != 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /** Decodes lowercase hex; callers check the form first with {@link #isLowerHex}. */
    static byte[] parse(String hex) {
        if (!isLowerHex(hex, hex.length())) {
            throw new IllegalArgumentException("not lowercase hex: " + hex);
        }
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((Character.digit(hex.charAt(2 * i), 16) << 4) | Character.digit(hex.charAt(2 * i + 1), 16));
        }
        return out;
    }
}
