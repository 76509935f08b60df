package cn.supervision.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// Why: the fast paths (radix sorting, partial selection, load ladders, the helper thread) must give the spec's answer.
class EngineAgainstReferenceTest {
    private static final String[] PIECES = {"9141", "0", "Z", "a", "-", "é", "住建", "\uD83D\uDE00", "\uFF21", "\uE000",
        "\u0000", "~", "\u07FF", "\u0800", "\uD800\uDC00", "\uDBFF\uDFFF"};

    private static String randomId(Random r, String prefix) {
        StringBuilder sb = new StringBuilder(prefix);
        int parts = 1 + r.nextInt(5);
        for (int i = 0; i < parts; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static DrawInputs scenario(long seed, int objects, int bigDepartment) {
        Random r = new Random(seed);
        Set<String> ids = new LinkedHashSet<>();
        String prefix = r.nextBoolean() ? "91410" : "";
        while (ids.size() < objects) {
            ids.add(randomId(r, prefix));
        }
        List<String> all = new ArrayList<>(ids);
        List<Stratum> strata = new ArrayList<>();
        int from = 0;
        String[] names = {"D", "C", "B", "A"};
        for (int s = 0; s < names.length; s++) {
            int to = s == names.length - 1 ? all.size() : from + r.nextInt(all.size() - from + 1);
            strata.add(new Stratum(names[s], s == 0 ? 10_000 : r.nextInt(4_000), all.subList(from, to)));
            from = to;
        }
        List<RosterInspector> inspectors = new ArrayList<>();
        for (int i = 0; i < bigDepartment; i++) {
            inspectors.add(new RosterInspector("B-" + randomId(r, "") + i, "big", r.nextInt(3)));
        }
        for (int i = 0; i < 4; i++) {
            inspectors.add(new RosterInspector("S" + i, "small", r.nextInt(2)));
            inspectors.add(new RosterInspector("O" + i, "other-department", 0));
        }
        List<Recusal> recusals = new ArrayList<>();
        Set<Recusal> seen = new LinkedHashSet<>();
        for (int i = 0; i < objects / 2; i++) {
            RosterInspector who = inspectors.get(r.nextInt(inspectors.size()));
            Recusal rec = new Recusal(who.id(), all.get(r.nextInt(all.size())));
            if (seen.add(rec)) {
                recusals.add(rec);
            }
        }
        recusals.add(new Recusal("nobody-on-the-roster", all.get(0)));
        recusals.add(new Recusal("S0", "not-an-object"));
        List<Team> teams = List.of(new Team("small", 1 + r.nextInt(3)), new Team("big", 2), new Team("absent", 1));
        String secret = Draw1.newSecret();
        return DrawInputs.of("T-" + seed, strata, teams, inspectors, recusals, "entropy " + seed, secret,
                Draw1.commitment(secret));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void drawsExactlyWhatTheSpecTextGives(long seed) {
        DrawInputs in = scenario(seed, 400, 20);
        assertEquals(ReferenceDraw.draw(in), Draw1.draw(in));
    }

    @Test
    void scoresLargeDepartmentsOnTwoThreadsWithTheSameAnswer() {
        DrawInputs in = scenario(42, 300, 400);
        DrawResult fast = Draw1.draw(in);
        assertEquals(ReferenceDraw.draw(in), fast);
        assertEquals(Verdict.VALID, Draw1.verify(Transcript.fromJson(Transcript.of(in, fast).toJson())));
    }

    @Test
    void sortsIdsThatTieOnLongSharedPrefixes() {
        Random r = new Random(9);
        Set<String> ids = new LinkedHashSet<>();
        String shared = "UNIFIED-SOCIAL-CREDIT-CODE-";
        while (ids.size() < 3_000) {
            StringBuilder sb = new StringBuilder(shared);
            int len = r.nextInt(30);
            for (int i = 0; i < len; i++) {
                sb.append(r.nextInt(10) < 8 ? 'A' : (char) ('A' + r.nextInt(3)));
            }
            if (r.nextInt(20) == 0) {
                sb.append("\uD83D\uDE00");
            }
            ids.add(sb.toString());
        }
        ids.add(shared.substring(0, 5));
        ids.add(shared + "A".repeat(300));
        ids.add(shared + "A".repeat(299) + "B");
        ids.add(shared + "住".repeat(100));
        List<Stratum> strata = List.of(new Stratum("one", 100, new ArrayList<>(ids)));
        Snapshot s = new Snapshot("T", strata, List.of(), List.of(), List.of());
        String secret = Draw1.newSecret();
        DrawInputs in = new DrawInputs(s, "e", secret, Draw1.commitment(secret));
        assertEquals(ReferenceDraw.draw(in).digests(), Draw1.digests(s));
    }

    @Test
    void drawsEveryoneOfAFullStratumInRankOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            ids.add("ID" + i);
        }
        String secret = Draw1.newSecret();
        DrawInputs in = DrawInputs.of("T", List.of(new Stratum("all", 10_000, ids)), List.of(), List.of(), List.of(),
                "e", secret, Draw1.commitment(secret));
        assertEquals(ReferenceDraw.draw(in), Draw1.draw(in));
    }
}
