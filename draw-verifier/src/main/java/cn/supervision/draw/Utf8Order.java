package cn.supervision.draw;

import java.util.Comparator;

// Why: DRAW-1 "sorted" means UTF-8 byte order; String.compareTo is UTF-16 order, which differs for characters above U+FFFF.
public final class Utf8Order {
    /** Orders strings exactly as their UTF-8 bytes compare (unsigned, lexicographic). */
    public static final Comparator<String> COMPARATOR = Utf8Order::compare;

    private Utf8Order() {
    }

    public static int compare(String a, String b) {
        return compareFrom(a, b, 0);
    }

    /** Compares from UTF-16 index {@code from} on; the caller knows the strings agree before it. */
    static int compareFrom(String a, String b, int from) {
        int n = Math.min(a.length(), b.length());
        for (int i = from; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return rank(x) - rank(y);
            }
        }
        return a.length() - b.length();
    }

    /**
     * Maps a UTF-16 unit so that unit-by-unit order equals code point order (and so UTF-8 byte order):
     * surrogates (U+D800..DFFF, i.e. code points above U+FFFF) move above U+E000..U+FFFF.
     */
    static int rank(char c) {
        if (c < 0xd800) {
            return c;
        }
        return c >= 0xe000 ? c - 0x800 : c + 0x2000;
    }
}
