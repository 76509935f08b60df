package cn.supervision.disclosure.results.domain;

import java.util.regex.Pattern;

/**
 * 脱敏: free text that reaches a public page (summaries, refusal reasons, credit reasons) loses what the rules never
 * publish — resident ID numbers (居民身份证号) and mobile numbers — even when a clerk typed them in by mistake.
 */
public final class Redaction {

    public static final String MASK = "［已隐去］";
    /** 18-character resident ID (17 digits + digit or X), or the old 15-digit form; not part of a longer number. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|\\d{15})(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    private Redaction() {
    }

    public static String publicText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return MOBILE.matcher(ID_NUMBER.matcher(text).replaceAll(MASK)).replaceAll(MASK);
    }
}
