package cn.supervision.draw;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Why: computes the three §3 digests from the frozen snapshot alone, and on the way rejects an id listed twice.
final class FreezeDigests {
    private static final int CHUNK = 1 << 17;

    private FreezeDigests() {
    }

    static Digests of(Snapshot snapshot) {
        return new Digests(population(snapshot.strata()), roster(snapshot), params(snapshot));
    }

    static String population(List<Stratum> strata) {
        List<PopulationSorter.Sorted> sorted = PopulationSorter.sortAll(strata.stream().map(Stratum::population).toList());
        for (int j = 0; j < strata.size(); j++) {
            rejectRepeats(j, sorted.get(j));
        }
        rejectIdsInTwoStrata(strata, sorted);
        LineDigest digest = new LineDigest();
        for (int j = 0; j < strata.size(); j++) {
            digest.text("stratum\t").text(strata.get(j).name()).newline();
            feedSorted(digest, sorted.get(j));
        }
        return digest.hex();
    }

    static String roster(Snapshot snapshot) {
        LineDigest digest = new LineDigest();
        RosterInspector[] inspectors = snapshot.inspectors().toArray(new RosterInspector[0]);
        Arrays.sort(inspectors, Comparator.comparing(RosterInspector::id, Utf8Order.COMPARATOR));
        for (RosterInspector i : inspectors) {
            digest.text("inspector\t").text(i.id()).tab().text(i.department()).tab().number(i.load()).newline();
        }
        Recusal[] recusals = snapshot.recusals().toArray(new Recusal[0]);
        Arrays.sort(recusals, Comparator.comparing(Recusal::inspectorId, Utf8Order.COMPARATOR)
                .thenComparing(Recusal::objectId, Utf8Order.COMPARATOR));
        for (Recusal r : recusals) {
            digest.text("recusal\t").text(r.inspectorId()).tab().text(r.objectId()).newline();
        }
        return digest.hex();
    }

    static String params(Snapshot snapshot) {
        LineDigest digest = new LineDigest();
        digest.text("task\t").text(snapshot.taskId()).newline();
        for (Stratum s : snapshot.strata()) {
            digest.text("ratio\t").text(s.name()).tab().number(s.ratioBp()).newline();
        }
        for (Team t : snapshot.teams()) {
            digest.text("team\t").text(t.department()).tab().number(t.count()).newline();
        }
        return digest.hex();
    }

    private static void rejectRepeats(int stratum, PopulationSorter.Sorted sorted) {
        long[] keys = sorted.keys();
        int[] offsets = sorted.offsets();
        for (int i = 1; i < offsets.length; i++) {
            if (keys[i] == keys[i - 1] && sorted.sameId(offsets[i], offsets[i - 1])) {
                throw new DrawInputException("strata[" + stratum + "].population",
                        "id \"" + sorted.id(offsets[i]) + "\" appears twice");
            }
        }
    }

    /** Merges the strata's sorted keys; only ids whose keys meet in two strata are compared as text. */
    private static void rejectIdsInTwoStrata(List<Stratum> strata, List<PopulationSorter.Sorted> sorted) {
        int s = strata.size();
        if (s < 2) {
            return;
        }
        int[] pos = new int[s];
        while (true) {
            int first = -1;
            long min = 0;
            int holders = 0;
            for (int j = 0; j < s; j++) {
                long[] keys = sorted.get(j).keys();
                if (pos[j] < keys.length) {
                    long k = keys[pos[j]];
                    if (first < 0 || Long.compareUnsigned(k, min) < 0) {
                        first = j;
                        min = k;
                        holders = 1;
                    } else if (k == min) {
                        holders++;
                    }
                }
            }
            if (first < 0) {
                return;
            }
            if (holders == 1) {
                long[] keys = sorted.get(first).keys();
                while (pos[first] < keys.length && keys[pos[first]] == min) {
                    pos[first]++;
                }
                continue;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int j = 0; j < s; j++) {
                PopulationSorter.Sorted sj = sorted.get(j);
                long[] keys = sj.keys();
                while (pos[j] < keys.length && keys[pos[j]] == min) {
                    String id = sj.id(sj.offsets()[pos[j]]);
                    Integer other = seen.putIfAbsent(id, j);
                    if (other != null) {
                        throw new DrawInputException("strata[" + j + "].population", "id \"" + id
                                + "\" is also in strata[" + other + "] (\"" + strata.get(other).name() + "\")");
                    }
                    pos[j]++;
                }
            }
        }
    }

    /** Feeds "id\n" for ids in sorted order; lanes copy chunks side by side, the digest takes them in order. */
    private static void feedSorted(LineDigest digest, PopulationSorter.Sorted sorted) {
        int lanes = Lanes.cores();
        byte[][] buffers = new byte[lanes][1 << 16];
        int[] lengths = new int[lanes];
        int[] offsets = sorted.offsets();
        byte[] records = sorted.records();
        int n = offsets.length;
        for (int group = 0; group < n; group += CHUNK * lanes) {
            int first = group;
            int chunks = (int) Math.min(lanes, ((long) n - first + CHUNK - 1) / CHUNK);
            Lanes.run(chunks, 1, (from, to) -> {
                for (int c = from; c < to; c++) {
                    int a = first + c * CHUNK;
                    int b = Math.min(n, a + CHUNK);
                    byte[] buf = buffers[c];
                    int p = 0;
                    for (int i = a; i < b; i++) {
                        int len = sorted.length(offsets[i]);
                        if (p + len + 1 > buf.length) {
                            buf = Arrays.copyOf(buf, Math.max(p + len + 1, buf.length * 2));
                        }
                        System.arraycopy(records, sorted.start(offsets[i]), buf, p, len);
                        p += len;
                        buf[p++] = '\n';
                    }
                    buffers[c] = buf;
                    lengths[c] = p;
                }
            });
            for (int c = 0; c < chunks; c++) {
                digest.bytes(buffers[c], 0, lengths[c]);
            }
        }
    }
}
