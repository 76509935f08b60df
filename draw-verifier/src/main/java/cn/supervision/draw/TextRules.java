package cn.supervision.draw;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

// Why: §2 of DRAW-1 forbids TAB, LF, CR and comma in every name and id, and the digests need text that is valid Unicode.
final class TextRules {
    private TextRules() {
    }

    /** Returns what is wrong with an identifier under §2, or null when it is fine. */
    static String problemWith(String value) {
        if (value == null) {
            return "is missing";
        }
        int n = value.length();
        if (n == 0) {
            return "must not be empty";
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c <= ',') {
                if (c == '\t') {
                    return "must not contain a TAB";
                } else if (c == '\n') {
                    return "must not contain a line feed (LF)";
                } else if (c == '\r') {
                    return "must not contain a carriage return (CR)";
                } else if (c == ',') {
                    return "must not contain a comma";
                }
            } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return "is not valid Unicode (lone surrogate at index " + i + ")";
                }
            }
        }
        return null;
    }

    /** Index of the first element of {@code ids} that is not a §2 identifier, or -1; long lists are checked in lanes. */
    static int firstBadIdentifier(List<String> ids) {
        AtomicInteger first = new AtomicInteger(Integer.MAX_VALUE);
        Lanes.run(ids.size(), 1 << 16, (from, to) -> {
            for (int i = from; i < to && i < first.get(); i++) {
                if (problemWith(ids.get(i)) != null) {
                    first.accumulateAndGet(i, Math::min);
                    return;
                }
            }
        });
        return first.get() == Integer.MAX_VALUE ? -1 : first.get();
    }

    /** Throws naming {@code field} when {@code value} is not a §2 identifier; returns it otherwise. */
    static String requireIdentifier(String field, String value) {
        String problem = problemWith(value);
        if (problem != null) {
            throw new DrawInputException(field, problem);
        }
        return value;
    }

    /** Throws unless {@code value} is exactly 64 lowercase hex characters (a SHA-256 or a 32-byte secret). */
    static String requireHex64(String field, String value) {
        if (value == null) {
            throw new DrawInputException(field, "is missing");
        }
        if (!Hex.isLowerHex(value, 64)) {
            throw new DrawInputException(field, "must be 64 lowercase hex characters (32 bytes), got "
                    + (Hex.isLowerHex(value, value.length()) ? value.length() + " hex characters" : "\"" + value + "\""));
        }
        return value;
    }
}
