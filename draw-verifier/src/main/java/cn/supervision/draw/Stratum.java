package cn.supervision.draw;

import java.util.List;

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
        int i = 0;
        for (String id : population) {
            String problem = TextRules.problemWith(id);
            if (problem != null) {
                throw new DrawInputException("population[" + i + "]", problem);
            }
            i++;
        }
        population = List.copyOf(population);
    }
}
