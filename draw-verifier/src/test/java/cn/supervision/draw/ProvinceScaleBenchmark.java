package cn.supervision.draw;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * DRAW-1 at province scale (issue 4): 10,000,000 objects in 4 strata, 500,000 drawn, 20,000 inspectors in
 * 4 departments, recusal pairs for 0.1 % of the drawn objects. Freeze (digests) and draw (ranks, selection,
 * assignment) are timed separately, median of several runs, with the peak heap; beside them, in the same run, the
 * naive baseline of unverifiable systems: a full {@code Collections.shuffle} per stratum with {@code java.util.Random}.
 * <p>
 * Run: {@code ./mvnw -o -pl draw-verifier test -Dbenchmark.excluded=none -Dgroups=benchmark -Dsurefire.jvm.args=-Xmx3g}
 * Scale with {@code -Dbench.objects=..., -Dbench.inspectors=..., -Dbench.runs=..., -Dbench.teams=2}.
 */
@Tag("benchmark")
class ProvinceScaleBenchmark {

    static final int OBJECTS = Integer.getInteger("bench.objects", 10_000_000);
    static final int INSPECTORS = Integer.getInteger("bench.inspectors", 20_000);
    static final int RUNS = Integer.getInteger("bench.runs", 5);
    static final int TEAMS = Integer.getInteger("bench.teams", 2);
    static final int DRAWN = Integer.getInteger("bench.drawn", 500_000);
    static final String[] STRATA = {"A", "B", "C", "D"};

    @Test
    void provinceScaleDraw() {
        List<List<String>> populations = populations();
        // ratio per stratum such that about DRAWN objects are drawn in total
        int ratioBp = (int) Math.ceil(DRAWN * 10_000.0 / OBJECTS);
        List<Stratum> strata = new ArrayList<>();
        for (int s = 0; s < STRATA.length; s++) {
            strata.add(new Stratum(STRATA[s], ratioBp, populations.get(s)));
        }
        List<Team> teams = new ArrayList<>();
        List<RosterInspector> roster = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            if (d < TEAMS) {
                teams.add(new Team("dept-" + d, 1));
            }
            for (int i = 0; i < INSPECTORS / 4; i++) {
                roster.add(new RosterInspector(String.format("INS-%d-%05d", d, i), "dept-" + d, 0));
            }
        }
        Random random = new Random(7);
        Set<Recusal> recusals = new HashSet<>();
        while (recusals.size() < DRAWN / 1000) {
            List<String> stratum = populations.get(random.nextInt(4));
            recusals.add(new Recusal(roster.get(random.nextInt(roster.size())).id(), stratum.get(random.nextInt(stratum.size()))));
        }
        Snapshot snapshot = new Snapshot("PROVINCE-2026-001", strata, teams, roster, new ArrayList<>(recusals));
        String secret = Draw1.newSecret();

        long[] freeze = new long[RUNS];
        long[] draw = new long[RUNS];
        long[] baseline = new long[RUNS];
        Digests digests = null;
        DrawResult result = null;
        resetPeak();
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            digests = Draw1.digests(snapshot);
            freeze[run] = System.nanoTime() - t0;
            long t1 = System.nanoTime();
            result = Draw1.draw(new DrawInputs(snapshot, "witness numbers " + run, secret, Draw1.commitment(secret)), digests);
            draw[run] = System.nanoTime() - t1;
            long t2 = System.nanoTime();
            naiveShuffle(populations, ratioBp, run);
            baseline[run] = System.nanoTime() - t2;
            System.out.printf("run %d: freeze %.2f s, draw %.2f s, naive shuffle %.2f s%n", run + 1, freeze[run] / 1e9, draw[run] / 1e9,
                    baseline[run] / 1e9);
        }
        long peak = peakHeap();
        System.out.printf("%nDRAW-1 province scale: %,d objects in %d strata, %,d drawn, %,d inspectors in 4 departments, %d team(s) of 1,"
                + " %,d recusal pairs, %d runs (medians)%n", OBJECTS, STRATA.length, result.selected().size(), INSPECTORS, TEAMS,
                recusals.size(), RUNS);
        System.out.printf("  freeze (digests)                 %7.2f s   target <= 4 s%n", median(freeze) / 1e9);
        System.out.printf("  draw (ranks, selection, assign)  %7.2f s   target <= 2 s%n", median(draw) / 1e9);
        System.out.printf("  naive shuffle baseline           %7.2f s   (Collections.shuffle per stratum, java.util.Random)%n", median(baseline) / 1e9);
        System.out.printf("  ratio freeze+draw / baseline     %7.1f x%n", (median(freeze) + median(draw)) / (double) median(baseline));
        System.out.printf("  peak heap                        %7.0f MiB target <= 2048 MiB%n", peak / 1048576.0);
        System.out.printf("  shortfalls                       %7d%n", result.shortfalls().size());
    }

    static List<List<String>> populations() {
        List<List<String>> populations = new ArrayList<>();
        for (int s = 0; s < STRATA.length; s++) {
            populations.add(new ArrayList<>(OBJECTS / STRATA.length + 1));
        }
        for (int i = 0; i < OBJECTS; i++) {
            // USCC-shaped ids: 18 characters, spread over the strata
            populations.get(i % STRATA.length).add(String.format("914102%012d", i));
        }
        return populations;
    }

    /** What unverifiable systems do: shuffle each stratum with java.util.Random and take the first k. */
    static int naiveShuffle(List<List<String>> populations, int ratioBp, int seed) {
        Random random = new Random(seed);
        int drawn = 0;
        for (List<String> population : populations) {
            List<String> copy = new ArrayList<>(population);
            Collections.shuffle(copy, random);
            drawn += copy.subList(0, Draw1.drawCount(copy.size(), ratioBp)).size();
        }
        return drawn;
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static void resetPeak() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
