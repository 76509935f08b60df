package cn.supervision.registry.spreadsheets;

import java.util.ArrayList;
import java.util.List;

/**
 * What is safe to normalise in a cell. Codes (USCC, region, department, status) lose every space and full-width
 * letters and digits become ASCII — Chinese input methods produce them unnoticed; free text only loses surrounding
 * spaces (including the ideographic space U+3000 and non-breaking spaces).
 */
public final class Cells {

    private Cells() {
    }

    public static String text(String raw) {
        if (raw == null) {
            return "";
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    public static String code(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A list cell: values separated by ; ； 、 , or ， (what clerks type), each normalised as a code. */
    public static List<String> codes(String raw) {
        List<String> values = new ArrayList<>();
        for (String part : text(raw).split("[;；、,，]")) {
            String value = code(part);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }
}
