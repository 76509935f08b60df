package cn.supervision.draw;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is frozen before the draw: the task, its strata with their populations, the teams, the roster and the recusals.
 * The three digests of §3 are computed from this alone ({@link Draw1#digests(Snapshot)}).
 */
// Why: at the freeze the public entropy and the secret's reveal do not exist yet, but the digests must be published.
public record Snapshot(String taskId, List<Stratum> strata, List<Team> teams, List<RosterInspector> inspectors,
                       List<Recusal> recusals) {
    public Snapshot {
        TextRules.requireIdentifier("taskId", taskId);
        strata = listOf("strata", strata);
        teams = listOf("teams", teams);
        inspectors = listOf("inspectors", inspectors);
        recusals = listOf("recusals", recusals);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < strata.size(); i++) {
            Integer before = seen.putIfAbsent(strata.get(i).name(), i);
            if (before != null) {
                throw new DrawInputException("strata[" + i + "].name", "\"" + strata.get(i).name()
                        + "\" is already the name of strata[" + before + "]");
            }
        }
        seen.clear();
        for (int i = 0; i < teams.size(); i++) {
            Integer before = seen.putIfAbsent(teams.get(i).department(), i);
            if (before != null) {
                throw new DrawInputException("teams[" + i + "].department", "\"" + teams.get(i).department()
                        + "\" already has a team at teams[" + before + "]");
            }
        }
        seen.clear();
        for (int i = 0; i < inspectors.size(); i++) {
            Integer before = seen.putIfAbsent(inspectors.get(i).id(), i);
            if (before != null) {
                throw new DrawInputException("inspectors[" + i + "].id", "\"" + inspectors.get(i).id()
                        + "\" is already the id of inspectors[" + before + "]");
            }
        }
        Set<Recusal> pairs = new HashSet<>();
        for (int i = 0; i < recusals.size(); i++) {
            if (!pairs.add(recusals.get(i))) {
                throw new DrawInputException("recusals[" + i + "]", "the pair (" + recusals.get(i).inspectorId()
                        + ", " + recusals.get(i).objectId() + ") appears twice");
            }
        }
    }

    private static <T> List<T> listOf(String field, List<T> list) {
        if (list == null) {
            throw new DrawInputException(field, "is missing");
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new DrawInputException(field + "[" + i + "]", "is missing");
            }
        }
        return List.copyOf(list);
    }
}
