package cn.supervision.draw;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict RFC 8259 JSON reader over UTF-8 bytes. Values become {@code Map<String, Object>} (insertion order),
 * {@code List<Object>}, {@code String}, {@code Long} (integers that fit), {@code BigDecimal} (other numbers),
 * {@code Boolean} and {@code null}. Rejected: trailing commas or garbage, invalid UTF-8, control characters in strings,
 * lone surrogates (the text could not be hashed as UTF-8), duplicate keys, nesting deeper than 512.
 */
// Why: the verifier must run with nothing but the JDK, and must not accept anything a careful reader would doubt.
public final class JsonReader {
    private static final int MAX_DEPTH = 512;
    private final byte[] in;
    private int pos;
    private int depth;

    private JsonReader(byte[] in) {
        this.in = in;
    }

    public static Object parse(byte[] utf8) {
        JsonReader r = new JsonReader(utf8);
        if (utf8.length >= 3 && (utf8[0] & 0xff) == 0xef && (utf8[1] & 0xff) == 0xbb && (utf8[2] & 0xff) == 0xbf) {
            r.pos = 3; // RFC 8259 §8.1: a parser may ignore a byte order mark
        }
        r.skipSpace();
        Object value = r.value();
        r.skipSpace();
        if (r.pos < utf8.length) {
            throw r.error("unexpected text after the JSON value");
        }
        return value;
    }

    public static Object parse(String text) {
        try {
            ByteBuffer b = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            return parse(bytes);
        } catch (CharacterCodingException e) {
            throw new JsonFormatException("text is not valid Unicode (lone surrogate)");
        }
    }

    private Object value() {
        if (pos >= in.length) {
            throw error("unexpected end of input, expected a value");
        }
        byte b = in[pos];
        switch (b) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (b == '-' || (b >= '0' && b <= '9')) {
                    return number();
                }
                throw error("unexpected character " + describe(b) + ", expected a value");
        }
    }

    private Map<String, Object> object() {
        enter();
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            depth--;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a string key");
            }
            int keyAt = pos;
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            Object v = value();
            if (map.containsKey(key)) {
                pos = keyAt;
                throw error("duplicate key \"" + key + "\"");
            }
            map.put(key, v);
            skipSpace();
            byte b = peek();
            pos++;
            if (b == '}') {
                depth--;
                return map;
            }
            if (b != ',') {
                pos--;
                throw error("expected ',' or '}' in object");
            }
        }
    }

    private List<Object> array() {
        enter();
        pos++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            depth--;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value());
            skipSpace();
            byte b = peek();
            pos++;
            if (b == ']') {
                depth--;
                return list;
            }
            if (b != ',') {
                pos--;
                throw error("expected ',' or ']' in array");
            }
        }
    }

    private String string() {
        int start = ++pos;
        int p = start;
        while (p < in.length) {
            byte b = in[p];
            if (b == '"') {
                pos = p + 1;
                return new String(in, start, p - start, StandardCharsets.ISO_8859_1);
            }
            if (b == '\\' || b < 0x20) {
                break;
            }
            p++;
        }
        return slowString(start);
    }

    private String slowString(int start) {
        StringBuilder sb = new StringBuilder();
        pos = start;
        while (true) {
            if (pos >= in.length) {
                throw error("unterminated string");
            }
            int b = in[pos] & 0xff;
            if (b == '"') {
                pos++;
                return sb.toString();
            }
            if (b < 0x20) {
                throw error("control character " + describe((byte) b) + " in a string must be escaped");
            }
            if (b == '\\') {
                escape(sb);
            } else if (b < 0x80) {
                sb.append((char) b);
                pos++;
            } else {
                sb.appendCodePoint(utf8Sequence());
            }
        }
    }

    private void escape(StringBuilder sb) {
        if (pos + 1 >= in.length) {
            throw error("unterminated escape");
        }
        byte e = in[pos + 1];
        pos += 2;
        switch (e) {
            case '"' -> sb.append('"');
            case '\\' -> sb.append('\\');
            case '/' -> sb.append('/');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'u' -> {
                char c = hex4();
                if (Character.isHighSurrogate(c)) {
                    if (pos + 1 < in.length && in[pos] == '\\' && in[pos + 1] == 'u') {
                        pos += 2;
                        char low = hex4();
                        if (!Character.isLowSurrogate(low)) {
                            pos -= 6;
                            throw error("\\u escape of a high surrogate is not followed by a low surrogate");
                        }
                        sb.append(c).append(low);
                    } else {
                        throw error("lone surrogate \\u" + Integer.toHexString(c));
                    }
                } else if (Character.isLowSurrogate(c)) {
                    pos -= 6;
                    throw error("lone surrogate \\u" + Integer.toHexString(c));
                } else {
                    sb.append(c);
                }
            }
            default -> {
                pos -= 2;
                throw error("invalid escape \\" + (char) (e & 0xff));
            }
        }
    }

    private char hex4() {
        if (pos + 4 > in.length) {
            throw error("incomplete \\u escape");
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(in[pos + i], 16);
            if (d < 0) {
                throw error("invalid hex digit in \\u escape");
            }
            v = (v << 4) | d;
        }
        pos += 4;
        return (char) v;
    }

    /** Decodes one multi-byte UTF-8 sequence (shortest form, no surrogates, at most U+10FFFF). */
    private int utf8Sequence() {
        int b0 = in[pos] & 0xff;
        int len;
        int cp;
        int min;
        if (b0 >= 0xc2 && b0 <= 0xdf) {
            len = 2;
            cp = b0 & 0x1f;
            min = 0x80;
        } else if (b0 >= 0xe0 && b0 <= 0xef) {
            len = 3;
            cp = b0 & 0x0f;
            min = 0x800;
        } else if (b0 >= 0xf0 && b0 <= 0xf4) {
            len = 4;
            cp = b0 & 0x07;
            min = 0x10000;
        } else {
            throw error("invalid UTF-8 byte 0x" + Integer.toHexString(b0));
        }
        if (pos + len > in.length) {
            throw error("truncated UTF-8 sequence");
        }
        for (int i = 1; i < len; i++) {
            int b = in[pos + i] & 0xff;
            if ((b & 0xc0) != 0x80) {
                throw error("invalid UTF-8 continuation byte 0x" + Integer.toHexString(b));
            }
            cp = (cp << 6) | (b & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            throw error("invalid UTF-8 sequence (overlong, surrogate or beyond U+10FFFF)");
        }
        pos += len;
        return cp;
    }

    private Object number() {
        int start = pos;
        if (in[pos] == '-') {
            pos++;
        }
        if (pos >= in.length || !digit(in[pos])) {
            throw error("expected a digit");
        }
        if (in[pos] == '0') {
            pos++;
            if (pos < in.length && digit(in[pos])) {
                throw error("a number must not have leading zeros");
            }
        } else {
            while (pos < in.length && digit(in[pos])) {
                pos++;
            }
        }
        boolean integer = true;
        if (pos < in.length && in[pos] == '.') {
            integer = false;
            pos++;
            if (pos >= in.length || !digit(in[pos])) {
                throw error("expected a digit after the decimal point");
            }
            while (pos < in.length && digit(in[pos])) {
                pos++;
            }
        }
        if (pos < in.length && (in[pos] == 'e' || in[pos] == 'E')) {
            integer = false;
            pos++;
            if (pos < in.length && (in[pos] == '+' || in[pos] == '-')) {
                pos++;
            }
            if (pos >= in.length || !digit(in[pos])) {
                throw error("expected a digit in the exponent");
            }
            while (pos < in.length && digit(in[pos])) {
                pos++;
            }
        }
        String text = new String(in, start, pos - start, StandardCharsets.US_ASCII);
        if (integer && pos - start <= 18) {
            return Long.parseLong(text);
        }
        BigDecimal d = new BigDecimal(text);
        if (integer) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException tooBig) {
                return d;
            }
        }
        return d;
    }

    private Object literal(String word, Object value) {
        int n = word.length();
        if (pos + n > in.length || !new String(in, pos, n, StandardCharsets.US_ASCII).equals(word)) {
            throw error("unexpected word, expected " + word);
        }
        pos += n;
        return value;
    }

    private static boolean digit(byte b) {
        return b >= '0' && b <= '9';
    }

    private void skipSpace() {
        while (pos < in.length) {
            byte b = in[pos];
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                pos++;
            } else {
                return;
            }
        }
    }

    private byte peek() {
        if (pos >= in.length) {
            throw error("unexpected end of input");
        }
        return in[pos];
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
    }

    private static String describe(byte b) {
        int v = b & 0xff;
        return v >= 0x21 && v < 0x7f ? "'" + (char) v + "'" : String.format("0x%02x", v);
    }

    private JsonFormatException error(String what) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < Math.min(pos, in.length); i++) {
            if (in[i] == '\n') {
                line++;
                col = 1;
            } else if ((in[i] & 0xc0) != 0x80) {
                col++;
            }
        }
        return new JsonFormatException(what + " at line " + line + ", column " + col);
    }
}
