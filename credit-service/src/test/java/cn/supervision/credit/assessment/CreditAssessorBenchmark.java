package cn.supervision.credit.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import cn.supervision.credit.assessment.domain.Assessment;
import cn.supervision.credit.files.domain.CreditEntry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static cn.supervision.credit.assessment.CreditAssessorTest.ASSESSOR;
import static cn.supervision.credit.assessment.CreditAssessorTest.RULES;

/**
 * What re-evaluating files costs (every event and every daily run re-evaluates the whole file, and a replay does it
 * for every event of the history). Files of 5, 50 and 500 facts (random results, violations with rectification
 * orders and re-inspections, refusals), median of several runs; beside them, in the same run, the baseline any score
 * needs: sorting the file's facts by date and summing the points of the matching risk rules.
 * <p>
 * Run: {@code ./mvnw -o -pl credit-service test -Dbenchmark.excluded=none -Dgroups=benchmark -Dsurefire.jvm.args=-Xmx1g}
 * Scale with {@code -Dbench.facts=..., -Dbench.runs=...}.
 */
@Tag("benchmark")
class CreditAssessorBenchmark {

    /** About this many facts in total per file size: many small files, fewer large ones. */
    static final int FACTS = Integer.getInteger("bench.facts", 10_000);
    static final int RUNS = Integer.getInteger("bench.runs", 5);
    static final LocalDate AS_OF = LocalDate.parse("2026-11-20");

    @Test
    void reEvaluatingFiles() {
        System.out.printf("%nCredit assessment, about %d facts per file size, median of %d runs (rules %s)%n", FACTS, RUNS, RULES.version());
        System.out.printf("%-14s %16s %16s %8s%n", "facts per file", "assess µs/file", "baseline µs/file", "ratio");
        for (int facts : new int[] {5, 50, 500}) {
            List<List<CreditEntry>> files = files(facts, Math.max(10, FACTS / facts));
            long[] assess = new long[RUNS];
            long[] baseline = new long[RUNS];
            long sink = 0;
            for (int warm = 0; warm < 2; warm++) {
                for (List<CreditEntry> file : files) {
                    sink += ASSESSOR.assess(file, List.of(), AS_OF).risk().score() + baselineScore(file);
                }
            }
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                for (List<CreditEntry> file : files) {
                    Assessment a = ASSESSOR.assess(file, List.of(), AS_OF);
                    sink += a.risk().score();
                }
                assess[run] = System.nanoTime() - start;
                start = System.nanoTime();
                for (List<CreditEntry> file : files) {
                    sink += baselineScore(file);
                }
                baseline[run] = System.nanoTime() - start;
            }
            double perFile = median(assess) / 1000.0 / files.size();
            double basePerFile = median(baseline) / 1000.0 / files.size();
            System.out.printf("%-14d %16.1f %16.1f %7.1fx   (%d files, checksum %d)%n", facts, perFile, basePerFile, perFile / basePerFile,
                    files.size(), sink % 1000);
        }
    }

    /** The least any score needs: the facts in date order and the points of every matching risk rule. */
    static long baselineScore(List<CreditEntry> file) {
        List<CreditEntry> sorted = new ArrayList<>(file);
        sorted.sort(Comparator.comparing(CreditEntry::date));
        long score = 0;
        for (CreditEntry e : sorted) {
            for (var points : RULES.risk().points()) {
                if (points.when().matches(e.fact())) {
                    score += points.points();
                }
            }
        }
        return Math.max(0, score);
    }

    static List<List<CreditEntry>> files(int factsPerFile, int count) {
        Random random = new Random(42);
        List<List<CreditEntry>> files = new ArrayList<>();
        for (int f = 0; f < count; f++) {
            List<CreditEntry> facts = new ArrayList<>();
            LocalDate day = LocalDate.parse("2024-01-02");
            for (int i = 0; facts.size() < factsPerFile; i++) {
                day = day.plusDays(1 + random.nextInt(Math.max(1, 900 / factsPerFile)));
                String id = f + "-" + i;
                int kind = random.nextInt(10);
                if (kind < 6) {
                    facts.add(CreditEntry.inspectionResult("r" + id, "I" + id, "T", "t", "RANDOM", List.of(random.nextBoolean() ? "1" : "A"), day));
                } else if (kind < 9) {
                    String violation = "V" + id;
                    facts.add(CreditEntry.violation("v" + id, violation, "I" + id, "T", "quality-safety", "ZA-001", "A", "p",
                            random.nextBoolean() ? "GENERAL" : "SERIOUS", "RECTIFICATION_ORDER", day.plusDays(20), day));
                    if (facts.size() < factsPerFile) {
                        facts.add(CreditEntry.inspectionResult("f" + id, "F" + id, "FT", "t", "FOLLOW_UP", List.of(random.nextBoolean() ? "1" : "A"),
                                day.plusDays(25), "FU-" + violation, List.of("quality-safety")));
                    }
                } else {
                    facts.add(CreditEntry.refusal("x" + id, "I" + id, "T", "RANDOM", List.of("housing-market"), "拒绝", day, null));
                }
            }
            files.add(facts);
        }
        return files;
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
