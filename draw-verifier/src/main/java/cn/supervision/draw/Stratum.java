package cn.supervision.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * One stratum of the eligible population: its name, the share to draw in basis points (1000 = 10 %) and the ids in it.
 * Uniqueness of ids (within and across strata) is checked when the digests are computed, where the ids are sorted anyway.
 */
// Why: the draw is made per stratum (e.g. per credit-risk class), each with its own ratio (§3).
public record Stratum(String name, int ratioBp, List<String> population) {
    public Stratum {
        TextRules.requireIdentifier("name", name);
        if (ratioBp < 0 || ratioBp > 10_000) {
            throw new DrawInputException("ratioBp", "must be an integer 0..10000 (basis points), got " + ratioBp);
        }
        if (population == null) {
            throw new DrawInputException("population", "is missing");
        }
        if (!(population instanceof RandomAccess)) {
            population = new ArrayList<>(population);
        }
        int bad = TextRules.firstBadIdentifier(population);
        if (bad >= 0) {
            throw new DrawInputException("population[" + bad + "]", TextRules.problemWith(population.get(bad)));
        }
        population = List.copyOf(population);
    }
}
