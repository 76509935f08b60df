package cn.supervision.sampling.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.supervision.draw.Digests;
import cn.supervision.draw.Draw1;
import cn.supervision.draw.DrawInputException;
import cn.supervision.draw.DrawInputs;
import cn.supervision.draw.DrawResult;
import cn.supervision.draw.Recusal;
import cn.supervision.draw.RosterInspector;
import cn.supervision.draw.Snapshot;
import cn.supervision.draw.Stratum;
import cn.supervision.draw.Transcript;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.sampling.tasks.TaskDocument.FrozenInspector;
import cn.supervision.sampling.tasks.TaskDocument.FrozenStratum;
import cn.supervision.sampling.tasks.domain.Team;
import org.springframework.stereotype.Component;

/** The one place sampling calls the DRAW-1 engine — the same code the public verifier jar runs. */
@Component
class DrawCeremony {

    record Commitment(String secret, String commitment, String populationDigest, String rosterDigest, String paramsDigest) {
    }

    record Pick(String objectId, String stratum, String rank, List<String> inspectors) {
    }

    record Outcome(List<Pick> selected, Map<String, List<TaskEvents.Shortfall>> shortfalls, String transcript) {

        List<TaskEvents.Shortfall> shortfallsOf(String objectId) {
            return shortfalls.getOrDefault(objectId, List.of());
        }

        int shortfallCount() {
            return shortfalls.values().stream().mapToInt(l -> l.stream().mapToInt(TaskEvents.Shortfall::missing).sum()).sum();
        }
    }

    Commitment commit(String taskId, List<FrozenStratum> strata, List<Team> teams, List<FrozenInspector> roster, List<List<String>> recusals) {
        Snapshot snapshot = snapshot(taskId, strata, teams, roster, recusals);
        Digests digests = Draw1.digests(snapshot);
        String secret = Draw1.newSecret();
        return new Commitment(secret, Draw1.commitment(secret), digests.populationDigest(), digests.rosterDigest(), digests.paramsDigest());
    }

    Outcome draw(String taskId, TaskDocument.Freeze freeze, List<Team> teams, String publicEntropy) {
        Snapshot snapshot = snapshot(taskId, freeze.strata(), teams, freeze.inspectors(), freeze.recusals());
        DrawInputs inputs;
        try {
            inputs = new DrawInputs(snapshot, publicEntropy, freeze.secret(), freeze.commitment());
        } catch (DrawInputException e) {
            throw ProblemException.invalid("publicEntropy", e.getMessage());
        }
        Digests frozen = new Digests(freeze.populationDigest(), freeze.rosterDigest(), freeze.paramsDigest());
        DrawResult result = Draw1.draw(inputs, frozen);
        Map<String, List<TaskEvents.Shortfall>> shortfalls = new LinkedHashMap<>();
        result.shortfalls().forEach(s -> shortfalls.computeIfAbsent(s.objectId(), k -> new java.util.ArrayList<>())
                .add(new TaskEvents.Shortfall(s.department(), s.missing())));
        List<Pick> picks = result.selected().stream().map(o -> new Pick(o.objectId(), o.stratum(), o.rank(), o.inspectors())).toList();
        return new Outcome(picks, shortfalls, Transcript.of(inputs, result).toJson());
    }

    /** DRAW-1 §7: what everyone may see after the draw — never the populations or the roster. */
    static Map<String, Object> publicResult(TaskDocument.Draw draw, TaskDocument.Freeze freeze) {
        Transcript transcript = Transcript.fromJson(draw.transcript());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("publicEntropy", draw.publicEntropy());
        view.put("secret", freeze.secret());
        view.put("drawnAt", draw.drawnAt());
        view.put("strata", transcript.result().strata());
        view.put("resultDigest", transcript.result().resultDigest());
        view.put("drawn", transcript.result().selected().stream().map(s -> Map.of("objectId", s.objectId(), "stratum", s.stratum(),
                "rank", s.rank())).toList());
        view.put("shortfalls", transcript.result().shortfalls().size());
        return view;
    }

    private static Snapshot snapshot(String taskId, List<FrozenStratum> strata, List<Team> teams, List<FrozenInspector> roster,
            List<List<String>> recusals) {
        return new Snapshot(taskId,
                strata.stream().map(s -> new Stratum(s.name(), s.ratioBp(), s.population())).toList(),
                teams.stream().map(t -> new cn.supervision.draw.Team(t.department(), t.count())).toList(),
                roster.stream().map(i -> new RosterInspector(i.inspectorId(), i.department(), i.load())).toList(),
                recusals.stream().map(r -> new Recusal(r.get(0), r.get(1))).toList());
    }
}
