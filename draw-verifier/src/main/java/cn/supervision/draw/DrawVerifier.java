package cn.supervision.draw;

import java.util.List;
import java.util.Map;

/**
 * Replays a transcript (§6): inputs must obey §2–§3, H(secret) must equal the commitment, and every field of the
 * result must equal the recomputation. Reports the first thing that fails, in that order, result fields in §6 order.
 */
// Why: anyone (an enterprise, a journalist, an auditor) must be able to check a published draw byte for byte.
final class DrawVerifier {
    private DrawVerifier() {
    }

    static Verdict verify(byte[] json) {
        Transcript t;
        try {
            t = Transcript.fromJson(json);
        } catch (JsonFormatException e) {
            return Verdict.invalid("not well-formed JSON: " + e.getMessage());
        } catch (DrawInputException e) {
            return Verdict.invalid(e.getMessage());
        }
        return verify(t);
    }

    static Verdict verify(Transcript t) {
        DrawInputs in = t.inputs();
        DrawResult recomputed;
        try {
            Digests digests = Draw1.digests(in.snapshot());
            if (!Draw1.commitment(in.secret()).equals(in.commitment())) {
                return Verdict.invalid("commitment does not match secret");
            }
            recomputed = Draw1.draw(in, digests);
        } catch (DrawInputException e) {
            return Verdict.invalid(e.getMessage());
        }
        if (t.claimedResult() == null) {
            return Verdict.invalid("result is missing");
        }
        String difference = firstDifference("result", Transcript.resultTree(recomputed), t.claimedResult());
        return difference == null ? Verdict.VALID : Verdict.invalid(difference);
    }

    /** The first place where {@code actual} differs from {@code expected}, or null. */
    static String firstDifference(String path, Object expected, Object actual) {
        if (expected instanceof Map<?, ?> e) {
            if (!(actual instanceof Map<?, ?> a)) {
                return path + " must be an object, got " + JsonWriter.compact(actual);
            }
            for (Map.Entry<?, ?> entry : e.entrySet()) {
                String at = path + "." + entry.getKey();
                if (!a.containsKey(entry.getKey())) {
                    return at + " is missing";
                }
                String d = firstDifference(at, entry.getValue(), a.get(entry.getKey()));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected instanceof List<?> e) {
            if (!(actual instanceof List<?> a)) {
                return path + " must be an array, got " + JsonWriter.compact(actual);
            }
            if (allScalars(e) && allScalars(a)) {
                return e.equals(a) ? null : differs(path, expected, actual);
            }
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                String d = firstDifference(path + "[" + i + "]", e.get(i), a.get(i));
                if (d != null) {
                    return d;
                }
            }
            return e.size() == a.size() ? null
                    : path + " has " + a.size() + " entries, expected " + e.size();
        }
        boolean same = expected == null ? actual == null : expected.equals(actual);
        return same ? null : differs(path, expected, actual);
    }

    private static boolean allScalars(List<?> list) {
        for (Object o : list) {
            if (o instanceof Map || o instanceof List) {
                return false;
            }
        }
        return true;
    }

    private static String differs(String path, Object expected, Object actual) {
        return path + " differs: expected " + JsonWriter.compact(expected) + " got " + JsonWriter.compact(actual);
    }
}
