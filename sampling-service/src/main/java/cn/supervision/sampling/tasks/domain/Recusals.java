package cn.supervision.sampling.tasks.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * 回避: pairs of (inspector, object) DRAW-1 must never put together. Three sources: conflicts of interest declared in
 * registry, rotation (the inspector assigned to the object last time does not go again), and pairs staff set aside
 * before the freeze. Only pairs of a roster inspector and a population object matter; each pair appears once, with
 * the first reason found.
 */
public final class Recusals {

    public enum Reason { CONFLICT_OF_INTEREST, ROTATION, STAFF_EXCLUSION }

    public record Pair(String inspectorId, String objectId, Reason reason) {
    }

    private Recusals() {
    }

    /**
     * @param conflicts      inspector id → object ids declared in registry
     * @param lastInspectors object id → inspectors assigned to it in its latest earlier task
     */
    public static List<Pair> of(Collection<String> roster, Predicate<String> inPopulation, Map<String, ? extends Collection<String>> conflicts,
            Map<String, ? extends Collection<String>> lastInspectors, Collection<Pair> staffPairs) {
        Set<String> inRoster = new HashSet<>(roster);
        Set<String> seen = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        conflicts.forEach((inspector, objects) -> {
            if (inRoster.contains(inspector)) {
                objects.forEach(o -> add(pairs, seen, inPopulation, new Pair(inspector, o, Reason.CONFLICT_OF_INTEREST)));
            }
        });
        lastInspectors.forEach((object, inspectors) -> inspectors.stream().filter(inRoster::contains)
                .forEach(i -> add(pairs, seen, inPopulation, new Pair(i, object, Reason.ROTATION))));
        staffPairs.stream().filter(p -> inRoster.contains(p.inspectorId()))
                .forEach(p -> add(pairs, seen, inPopulation, new Pair(p.inspectorId(), p.objectId(), Reason.STAFF_EXCLUSION)));
        return pairs;
    }

    private static void add(List<Pair> pairs, Set<String> seen, Predicate<String> inPopulation, Pair pair) {
        if (DrawIdentifiers.encodable(pair.objectId()) && inPopulation.test(pair.objectId())
                && seen.add(pair.inspectorId() + "\t" + pair.objectId())) {
            pairs.add(pair);
        }
    }
}
