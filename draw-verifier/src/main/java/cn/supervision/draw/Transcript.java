package cn.supervision.draw;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The §6 transcript: the inputs and the result in one JSON document. Reading checks the inputs against §2–§3
 * ({@link DrawInputException} names the field) but keeps the claimed result as published, so that
 * {@link Draw1#verify(Transcript)} can report the first field that differs. Unknown keys (e.g. "why") are ignored.
 */
// Why: the sampling service stores and publishes exactly this JSON, and anyone replays it with the verifier.
public final class Transcript {
    private final DrawInputs inputs;
    private final Object claimedResult;

    private Transcript(DrawInputs inputs, Object claimedResult) {
        this.inputs = inputs;
        this.claimedResult = claimedResult;
    }

    public static Transcript of(DrawInputs inputs, DrawResult result) {
        return new Transcript(inputs, resultTree(result));
    }

    /** Parses a transcript; throws {@link JsonFormatException} or {@link DrawInputException}. */
    public static Transcript fromJson(byte[] utf8) {
        return fromTree(JsonReader.parse(utf8));
    }

    public static Transcript fromJson(String json) {
        return fromTree(JsonReader.parse(json));
    }

    public DrawInputs inputs() {
        return inputs;
    }

    /** The result as the transcript states it; throws {@link DrawInputException} naming a malformed field. */
    public DrawResult result() {
        Map<?, ?> r = object(claimedResult, "result");
        Digests digests;
        try {
            digests = new Digests(string(r, "populationDigest", "result"), string(r, "rosterDigest", "result"),
                    string(r, "paramsDigest", "result"));
        } catch (DrawInputException e) {
            throw e.within("result");
        }
        List<StratumTally> strata = new ArrayList<>();
        List<?> list = list(r, "strata", "result");
        for (int i = 0; i < list.size(); i++) {
            String at = "result.strata[" + i + "]";
            Map<?, ?> s = object(list.get(i), at);
            Object threshold = s.get("threshold");
            strata.add(new StratumTally(string(s, "name", at), intValue(s, "n", at), intValue(s, "k", at),
                    threshold == null ? null : string(s, "threshold", at)));
        }
        List<DrawnObject> selected = new ArrayList<>();
        list = list(r, "selected", "result");
        for (int i = 0; i < list.size(); i++) {
            String at = "result.selected[" + i + "]";
            Map<?, ?> o = object(list.get(i), at);
            selected.add(new DrawnObject(string(o, "objectId", at), string(o, "stratum", at), string(o, "rank", at),
                    strings(list(o, "inspectors", at), at + ".inspectors")));
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        list = list(r, "shortfalls", "result");
        for (int i = 0; i < list.size(); i++) {
            String at = "result.shortfalls[" + i + "]";
            Map<?, ?> o = object(list.get(i), at);
            shortfalls.add(new Shortfall(string(o, "objectId", at), string(o, "department", at),
                    intValue(o, "missing", at)));
        }
        return new DrawResult(digests, strata, selected, shortfalls, string(r, "resultDigest", "result"));
    }

    /** The claimed result as parsed JSON (null when absent). */
    Object claimedResult() {
        return claimedResult;
    }

    public String toJson() {
        StringBuilder sb = new StringBuilder();
        JsonWriter.pretty(tree(), sb);
        return sb.append('\n').toString();
    }

    public byte[] toJsonBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the JSON as UTF-8; the stream is flushed, not closed. */
    public void writeJson(OutputStream out) {
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            JsonWriter.pretty(tree(), w);
            w.write('\n');
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> tree() {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("protocol", Draw1.PROTOCOL);
        t.put("taskId", inputs.taskId());
        t.put("publicEntropy", inputs.publicEntropy());
        t.put("secret", inputs.secret());
        t.put("commitment", inputs.commitment());
        List<Object> strata = new ArrayList<>();
        for (Stratum s : inputs.strata()) {
            strata.add(map("name", s.name(), "ratioBp", (long) s.ratioBp(), "population", s.population()));
        }
        t.put("strata", strata);
        List<Object> teams = new ArrayList<>();
        for (Team team : inputs.teams()) {
            teams.add(map("department", team.department(), "count", (long) team.count()));
        }
        t.put("teams", teams);
        List<Object> inspectors = new ArrayList<>();
        for (RosterInspector i : inputs.inspectors()) {
            inspectors.add(map("id", i.id(), "department", i.department(), "load", i.load()));
        }
        t.put("inspectors", inspectors);
        List<Object> recusals = new ArrayList<>();
        for (Recusal r : inputs.recusals()) {
            recusals.add(map("inspectorId", r.inspectorId(), "objectId", r.objectId()));
        }
        t.put("recusals", recusals);
        if (claimedResult != null) {
            t.put("result", claimedResult);
        }
        return t;
    }

    /** The result as JSON values, keys in §6 order; numbers as Long so that it compares with parsed JSON. */
    static Map<String, Object> resultTree(DrawResult r) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("populationDigest", r.populationDigest());
        t.put("rosterDigest", r.rosterDigest());
        t.put("paramsDigest", r.paramsDigest());
        List<Object> strata = new ArrayList<>();
        for (StratumTally s : r.strata()) {
            strata.add(map("name", s.name(), "n", (long) s.n(), "k", (long) s.k(), "threshold", s.threshold()));
        }
        t.put("strata", strata);
        List<Object> selected = new ArrayList<>();
        for (DrawnObject o : r.selected()) {
            selected.add(map("objectId", o.objectId(), "stratum", o.stratum(), "rank", o.rank(),
                    "inspectors", o.inspectors()));
        }
        t.put("selected", selected);
        List<Object> shortfalls = new ArrayList<>();
        for (Shortfall s : r.shortfalls()) {
            shortfalls.add(map("objectId", s.objectId(), "department", s.department(), "missing", (long) s.missing()));
        }
        t.put("shortfalls", shortfalls);
        t.put("resultDigest", r.resultDigest());
        return t;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Transcript fromTree(Object tree) {
        Map<?, ?> t = object(tree, "transcript");
        if (!Draw1.PROTOCOL.equals(t.get("protocol"))) {
            throw new DrawInputException("protocol", t.containsKey("protocol")
                    ? "must be \"DRAW-1\", got " + JsonWriter.compact(t.get("protocol")) : "is missing");
        }
        String taskId = string(t, "taskId", "");
        List<Stratum> strata = new ArrayList<>();
        List<?> list = list(t, "strata", "");
        for (int i = 0; i < list.size(); i++) {
            String at = "strata[" + i + "]";
            Map<?, ?> s = object(list.get(i), at);
            String name = string(s, "name", at);
            long ratio = integer(s, "ratioBp", at);
            List<String> population = strings(list(s, "population", at), at + ".population");
            try {
                strata.add(new Stratum(name, ratio < 0 || ratio > 10_000 ? -1 : (int) ratio, population));
            } catch (DrawInputException e) {
                if (e.field().equals("ratioBp")) {
                    throw new DrawInputException(at + ".ratioBp", "must be an integer 0..10000 (basis points), got " + ratio);
                }
                throw e.within(at);
            }
        }
        List<Team> teams = new ArrayList<>();
        list = list(t, "teams", "");
        for (int i = 0; i < list.size(); i++) {
            String at = "teams[" + i + "]";
            Map<?, ?> m = object(list.get(i), at);
            String department = string(m, "department", at);
            long count = integer(m, "count", at);
            try {
                teams.add(new Team(department, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, count))));
            } catch (DrawInputException e) {
                throw e.within(at);
            }
            if (count > Integer.MAX_VALUE) {
                throw new DrawInputException(at + ".count", "is too large: " + count);
            }
        }
        List<RosterInspector> inspectors = new ArrayList<>();
        list = list(t, "inspectors", "");
        for (int i = 0; i < list.size(); i++) {
            String at = "inspectors[" + i + "]";
            Map<?, ?> m = object(list.get(i), at);
            try {
                inspectors.add(new RosterInspector(string(m, "id", at), string(m, "department", at), integer(m, "load", at)));
            } catch (DrawInputException e) {
                throw e.field().startsWith(at) ? e : e.within(at);
            }
        }
        List<Recusal> recusals = new ArrayList<>();
        list = list(t, "recusals", "");
        for (int i = 0; i < list.size(); i++) {
            String at = "recusals[" + i + "]";
            Map<?, ?> m = object(list.get(i), at);
            try {
                recusals.add(new Recusal(string(m, "inspectorId", at), string(m, "objectId", at)));
            } catch (DrawInputException e) {
                throw e.field().startsWith(at) ? e : e.within(at);
            }
        }
        Snapshot snapshot = new Snapshot(taskId, strata, teams, inspectors, recusals);
        DrawInputs inputs = new DrawInputs(snapshot, string(t, "publicEntropy", ""), string(t, "secret", ""),
                string(t, "commitment", ""));
        return new Transcript(inputs, t.get("result"));
    }

    private static String path(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    private static Map<?, ?> object(Object v, String at) {
        if (v instanceof Map<?, ?> m) {
            return m;
        }
        throw new DrawInputException(at, v == null ? "is missing" : "must be a JSON object");
    }

    private static List<?> list(Map<?, ?> m, String key, String at) {
        Object v = m.get(key);
        if (v instanceof List<?> l) {
            return l;
        }
        throw new DrawInputException(path(at, key), m.containsKey(key) ? "must be an array" : "is missing");
    }

    private static String string(Map<?, ?> m, String key, String at) {
        Object v = m.get(key);
        if (v instanceof String s) {
            return s;
        }
        throw new DrawInputException(path(at, key), m.containsKey(key) ? "must be a string" : "is missing");
    }

    private static long integer(Map<?, ?> m, String key, String at) {
        Object v = m.get(key);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof BigDecimal d) {
            throw new DrawInputException(path(at, key), d.scale() == 0 ? "is too large: " + d : "must be an integer, got " + d);
        }
        throw new DrawInputException(path(at, key), m.containsKey(key) ? "must be an integer" : "is missing");
    }

    private static int intValue(Map<?, ?> m, String key, String at) {
        long v = integer(m, key, at);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new DrawInputException(path(at, key), "is out of range: " + v);
        }
        return (int) v;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(List<?> list, String at) {
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String)) {
                throw new DrawInputException(at + "[" + i + "]", "must be a string");
            }
        }
        return (List<String>) list;
    }
}
