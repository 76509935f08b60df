package cn.supervision.draw;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A deliberately naive DRAW-1 written straight from the spec text, with the JDK's Mac and plain sorting. */
// Why: the fast engine (radix sorts, partial selection, load ladders, a helper thread) is checked against it.
final class ReferenceDraw {
    private ReferenceDraw() {
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final Comparator<String> BYTES = (a, b) -> Arrays.compareUnsigned(utf8(a), utf8(b));

    static byte[] hmac(byte[] key, String msg) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(utf8(msg));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha(String text) {
        try {
            return Hex.of(MessageDigest.getInstance("SHA-256").digest(utf8(text)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static DrawResult draw(DrawInputs in) {
        StringBuilder pop = new StringBuilder();
        for (Stratum s : in.strata()) {
            pop.append("stratum\t").append(s.name()).append('\n');
            s.population().stream().sorted(BYTES).forEach(id -> pop.append(id).append('\n'));
        }
        StringBuilder roster = new StringBuilder();
        in.inspectors().stream().sorted(Comparator.comparing(RosterInspector::id, BYTES)).forEach(i -> roster
                .append("inspector\t").append(i.id()).append('\t').append(i.department()).append('\t').append(i.load()).append('\n'));
        in.recusals().stream().sorted(Comparator.comparing(Recusal::inspectorId, BYTES).thenComparing(Recusal::objectId, BYTES))
                .forEach(r -> roster.append("recusal\t").append(r.inspectorId()).append('\t').append(r.objectId()).append('\n'));
        StringBuilder params = new StringBuilder("task\t" + in.taskId() + "\n");
        in.strata().forEach(s -> params.append("ratio\t").append(s.name()).append('\t').append(s.ratioBp()).append('\n'));
        in.teams().forEach(t -> params.append("team\t").append(t.department()).append('\t').append(t.count()).append('\n'));
        Digests d = new Digests(sha(pop.toString()), sha(roster.toString()), sha(params.toString()));

        byte[] master = hmac(Hex.parse(in.secret()), "DRAW-1\n" + in.taskId() + "\n" + in.publicEntropy() + "\n"
                + d.populationDigest() + "\n" + d.rosterDigest() + "\n" + d.paramsDigest() + "\n");
        byte[] assignKey = hmac(master, "assign");
        Map<String, Long> load = new HashMap<>();
        in.inspectors().forEach(i -> load.put(i.id(), i.load()));
        Set<String> recused = new HashSet<>();
        in.recusals().forEach(r -> recused.add(r.inspectorId() + "\t" + r.objectId()));

        List<StratumTally> tallies = new ArrayList<>();
        List<DrawnObject> selected = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (Stratum s : in.strata()) {
            byte[] key = hmac(master, "stratum\t" + s.name());
            int n = s.population().size();
            int k = (int) Math.min(n, ((long) n * s.ratioBp() + 9999) / 10000);
            List<String> byRank = new ArrayList<>(s.population());
            Map<String, String> rank = new HashMap<>();
            byRank.forEach(id -> rank.put(id, Hex.of(hmac(key, id))));
            byRank.sort(Comparator.comparing((String id) -> rank.get(id)).thenComparing(BYTES));
            tallies.add(new StratumTally(s.name(), n, k, k == 0 ? null : rank.get(byRank.get(k - 1))));
            for (String objectId : byRank.subList(0, k)) {
                List<String> chosen = new ArrayList<>();
                for (Team t : in.teams()) {
                    int missing = 0;
                    for (int c = 0; c < t.count(); c++) {
                        String best = null;
                        String bestScore = null;
                        for (RosterInspector i : in.inspectors()) {
                            if (!i.department().equals(t.department()) || chosen.contains(i.id())
                                    || recused.contains(i.id() + "\t" + objectId)) {
                                continue;
                            }
                            String score = Hex.of(hmac(assignKey, objectId + "\t" + i.id()));
                            if (best == null || load.get(i.id()) < load.get(best)
                                    || (load.get(i.id()).equals(load.get(best)) && (score.compareTo(bestScore) < 0
                                    || (score.equals(bestScore) && BYTES.compare(i.id(), best) < 0)))) {
                                best = i.id();
                                bestScore = score;
                            }
                        }
                        if (best == null) {
                            missing++;
                        } else {
                            chosen.add(best);
                            load.merge(best, 1L, Long::sum);
                        }
                    }
                    if (missing > 0) {
                        shortfalls.add(new Shortfall(objectId, t.department(), missing));
                    }
                }
                selected.add(new DrawnObject(objectId, s.name(), rank.get(objectId), chosen));
            }
        }
        StringBuilder result = new StringBuilder();
        tallies.forEach(t -> result.append("k\t").append(t.name()).append('\t').append(t.n()).append('\t').append(t.k()).append('\n'));
        selected.forEach(o -> result.append("pick\t").append(o.objectId()).append('\t').append(o.stratum()).append('\t')
                .append(o.rank()).append('\t').append(String.join(",", o.inspectors())).append('\n'));
        shortfalls.forEach(s -> result.append("short\t").append(s.objectId()).append('\t').append(s.department()).append('\t')
                .append(s.missing()).append('\n'));
        return new DrawResult(d, tallies, selected, shortfalls, sha(result.toString()));
    }
}
