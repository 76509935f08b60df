package cn.supervision.sampling.tasks;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.supervision.draw.Digests;
import cn.supervision.draw.Draw1;
import cn.supervision.draw.DrawInputException;
import cn.supervision.draw.DrawInputs;
import cn.supervision.draw.DrawResult;
import cn.supervision.draw.Recusal;
import cn.supervision.draw.RosterInspector;
import cn.supervision.draw.SelfCheck;
import cn.supervision.draw.Snapshot;
import cn.supervision.draw.Stratum;
import cn.supervision.draw.Transcript;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.sampling.tasks.FreezeStore.FrozenInspector;
import cn.supervision.sampling.tasks.domain.Recusals;
import cn.supervision.sampling.tasks.domain.StratumRule;
import cn.supervision.sampling.tasks.domain.Team;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The one place sampling calls the DRAW-1 engine — the same code the public verifier jar runs. */
@Component
class DrawCeremony {

    record Commitment(String secret, String commitment, String populationDigest, String rosterDigest, String paramsDigest) {
    }

    /** The engine's result and the transcript, already cut into chunks for storage. */
    record Outcome(DrawResult result, List<byte[]> transcript) {
    }

    private final int transcriptChunkBytes;

    DrawCeremony(@Value("${sampling.chunks.transcript-bytes:4000000}") int transcriptChunkBytes) {
        this.transcriptChunkBytes = transcriptChunkBytes;
    }

    Commitment commit(String taskId, List<StratumRule> strata, List<List<String>> populations, List<Team> teams, List<FrozenInspector> roster,
            List<Recusals.Pair> recusals) {
        Digests digests;
        try {
            digests = Draw1.digests(snapshot(taskId, strata, populations, teams, roster, recusals));
        } catch (DrawInputException e) {
            throw ProblemException.ruleViolated(e.field(), "DRAW-1 cannot take this snapshot: " + e.problem());
        }
        String secret = Draw1.newSecret();
        return new Commitment(secret, Draw1.commitment(secret), digests.populationDigest(), digests.rosterDigest(), digests.paramsDigest());
    }

    Outcome draw(TaskDocument task, FreezeStore.Frozen frozen, String publicEntropy) {
        TaskDocument.Freeze freeze = task.freeze;
        Snapshot snapshot = snapshot(task.taskId, task.definition.strata(), frozen.strata(), task.definition.teams(), frozen.roster(),
                frozen.recusals());
        DrawInputs inputs;
        try {
            inputs = new DrawInputs(snapshot, publicEntropy, freeze.secret(), freeze.commitment());
        } catch (DrawInputException e) {
            throw ProblemException.invalid("publicEntropy", e.problem());
        }
        DrawResult result = Draw1.draw(inputs, new Digests(freeze.populationDigest(), freeze.rosterDigest(), freeze.paramsDigest()));
        Chunks chunks = new Chunks(transcriptChunkBytes);
        Transcript.of(inputs, result).writeJson(chunks);
        return new Outcome(result, chunks.finish());
    }

    /** DRAW-1 §4 from published values only: the rank of an object in its stratum and whether it is within the threshold. */
    static SelfCheck.Answer selfCheck(TaskDocument task, String stratum, String objectId, String threshold) {
        TaskDocument.Freeze f = task.freeze;
        return Draw1.wasDrawn(task.taskId, task.draw.publicEntropy(), f.secret(), new Digests(f.populationDigest(), f.rosterDigest(),
                f.paramsDigest()), stratum, objectId, threshold);
    }

    private static Snapshot snapshot(String taskId, List<StratumRule> strata, List<List<String>> populations, List<Team> teams,
            List<FrozenInspector> roster, List<Recusals.Pair> recusals) {
        List<Stratum> frozen = new ArrayList<>();
        for (int i = 0; i < strata.size(); i++) {
            frozen.add(new Stratum(strata.get(i).name(), strata.get(i).ratioBp(), populations.get(i)));
        }
        return new Snapshot(taskId, frozen, teams.stream().map(t -> new cn.supervision.draw.Team(t.department(), t.count())).toList(),
                roster.stream().map(i -> new RosterInspector(i.inspectorId(), i.department(), i.load())).toList(),
                recusals.stream().map(r -> new Recusal(r.inspectorId(), r.objectId())).toList());
    }

    /** Collects written bytes in pieces of a fixed size, so no single array holds a province's transcript. */
    private static final class Chunks extends OutputStream {
        private final int size;
        private final List<byte[]> done = new ArrayList<>();
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();

        Chunks(int size) {
            this.size = size;
        }

        @Override
        public void write(int b) {
            current.write(b);
            cut();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, size - current.size());
                current.write(b, off, n);
                off += n;
                len -= n;
                cut();
            }
        }

        private void cut() {
            if (current.size() >= size) {
                done.add(current.toByteArray());
                current.reset();
            }
        }

        List<byte[]> finish() {
            if (current.size() > 0 || done.isEmpty()) {
                done.add(Arrays.copyOf(current.toByteArray(), current.size()));
                current.reset();
            }
            return done;
        }
    }
}
