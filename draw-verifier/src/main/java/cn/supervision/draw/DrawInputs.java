package cn.supervision.draw;

import java.util.List;

/**
 * Everything a DRAW-1 draw is computed from: the frozen {@link Snapshot}, the public entropy entered at the draw,
 * the revealed {@code secret} (64 hex) and the {@code commitment} published at the freeze.
 * Whether the secret matches the commitment is checked by the draw and the verifier, not here.
 */
// Why: one value holds the inputs of §3, so the draw, the transcript and the verifier agree on what was drawn from.
public record DrawInputs(Snapshot snapshot, String publicEntropy, String secret, String commitment) {
    public DrawInputs {
        if (snapshot == null) {
            throw new DrawInputException("snapshot", "is missing");
        }
        TextRules.requireIdentifier("publicEntropy", publicEntropy);
        TextRules.requireHex64("secret", secret);
        TextRules.requireHex64("commitment", commitment);
    }

    /** All inputs in one call, in the order of the transcript. */
    public static DrawInputs of(String taskId, List<Stratum> strata, List<Team> teams, List<RosterInspector> inspectors,
                                List<Recusal> recusals, String publicEntropy, String secret, String commitment) {
        return new DrawInputs(new Snapshot(taskId, strata, teams, inspectors, recusals), publicEntropy, secret, commitment);
    }

    public String taskId() {
        return snapshot.taskId();
    }

    public List<Stratum> strata() {
        return snapshot.strata();
    }

    public List<Team> teams() {
        return snapshot.teams();
    }

    public List<RosterInspector> inspectors() {
        return snapshot.inspectors();
    }

    public List<Recusal> recusals() {
        return snapshot.recusals();
    }
}
