package cn.supervision.registry.objects.domain;

import cn.supervision.platform.problem.ProblemException;

/** 统一社会信用代码: the 18-character Unified Social Credit Code of GB 32100-2015, with its check character verified. */
public record Uscc(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public Uscc {
        String problem = problemWith(value);
        if (problem != null) {
            throw ProblemException.ruleViolated("uscc", problem);
        }
    }

    /** Normalises what a clerk pastes (stray spaces, full-width letters and digits, lower case) before checking. */
    public static Uscc parse(String raw) {
        return new Uscc(normalise(raw));
    }

    static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (char c : raw.strip().toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0); // full-width ASCII block to ASCII
            }
            if (!Character.isWhitespace(c) && c != '\u3000') {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }

    /** Why {@code value} is not a valid USCC, or null when it is. */
    public static String problemWith(String value) {
        if (value == null || value.isEmpty()) {
            return "is required";
        }
        if (value.length() != 18) {
            return "must have 18 characters, has " + value.length();
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(value.charAt(i));
            if (v < 0) {
                return "character " + (i + 1) + " '" + value.charAt(i) + "' is not allowed in a USCC";
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        if (value.charAt(17) != ALPHABET.charAt(check)) {
            return "wrong check character: expected '" + ALPHABET.charAt(check) + "', found '" + value.charAt(17) + "'";
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
