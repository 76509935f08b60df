package cn.supervision.draw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes the values {@link JsonReader} produces: maps, lists, strings, numbers, booleans, null. Non-ASCII text is
 * written as is (the output is meant to be UTF-8); quotes, backslashes and control characters are escaped.
 * {@link #pretty} indents by one space per level, one array element per line, like the conformance vectors.
 */
// Why: the transcript is published as JSON, and the verifier quotes values in its messages; no library may be used.
public final class JsonWriter {
    private final Appendable out;
    private final boolean pretty;

    private JsonWriter(Appendable out, boolean pretty) {
        this.out = out;
        this.pretty = pretty;
    }

    public static void pretty(Object value, Appendable out) {
        new JsonWriter(out, true).write(value, 0);
    }

    public static String compact(Object value) {
        StringBuilder sb = new StringBuilder();
        new JsonWriter(sb, false).write(value, 0);
        return sb.toString();
    }

    private void write(Object v, int level) {
        try {
            if (v == null) {
                out.append("null");
            } else if (v instanceof String s) {
                string(s);
            } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                out.append(v.toString());
            } else if (v instanceof BigDecimal d) {
                out.append(d.toString());
            } else if (v instanceof Boolean b) {
                out.append(b.toString());
            } else if (v instanceof Map<?, ?> m) {
                object(m, level);
            } else if (v instanceof List<?> l) {
                array(l, level);
            } else {
                throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void object(Map<?, ?> m, int level) throws IOException {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            indent(level + 1);
            string((String) e.getKey());
            out.append(pretty ? ": " : ":");
            write(e.getValue(), level + 1);
        }
        indent(level);
        out.append('}');
    }

    private void array(List<?> l, int level) throws IOException {
        if (l.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            indent(level + 1);
            write(l.get(i), level + 1);
        }
        indent(level);
        out.append(']');
    }

    private void indent(int level) throws IOException {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < level; i++) {
                out.append(' ');
            }
        }
    }

    private void string(String s) throws IOException {
        out.append('"');
        int n = s.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String escape = null;
            if (c == '"') {
                escape = "\\\"";
            } else if (c == '\\') {
                escape = "\\\\";
            } else if (c < 0x20) {
                escape = switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    case '\b' -> "\\b";
                    case '\f' -> "\\f";
                    default -> String.format("\\u%04x", (int) c);
                };
            } else if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) ? i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))
                        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                if (!paired) {
                    escape = String.format("\\u%04x", (int) c);
                }
            }
            if (escape != null) {
                out.append(s, run, i).append(escape);
                run = i + 1;
            }
        }
        out.append(s, run, n).append('"');
    }
}
