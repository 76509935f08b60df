package cn.supervision.sampling.tasks.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Non-random assignment for follow-up inspections (后续监管): the eligible inspectors carrying the fewest open
 * assignments, ties broken by id so that the choice can be explained. Recused inspectors are never chosen.
 */
public final class LeastLoad {

    private LeastLoad() {
    }

    public static List<String> choose(List<String> eligible, Map<String, Long> load, Set<String> recused, int count) {
        return eligible.stream().filter(i -> !recused.contains(i))
                .sorted(Comparator.<String>comparingLong(i -> load.getOrDefault(i, 0L)).thenComparing(Comparator.naturalOrder()))
                .limit(count).toList();
    }
}
