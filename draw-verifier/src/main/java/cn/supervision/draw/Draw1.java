package cn.supervision.draw;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * The DRAW-1 protocol: freeze digests, secret and commitment, the draw itself, and verification of a transcript.
 * <pre>
 *   freeze:  String secret = Draw1.newSecret();  String commitment = Draw1.commitment(secret);
 *            Digests d = Draw1.digests(snapshot);          // publish d and commitment
 *   draw:    DrawResult r = Draw1.draw(new DrawInputs(snapshot, publicEntropy, secret, commitment), d);
 *   publish: String json = Transcript.of(inputs, r).toJson();
 *   check:   Verdict v = Draw1.verify(jsonBytes);
 * </pre>
 */
// Why: the one entry point the sampling service and the public verifier share, so both run the same code.
public final class Draw1 {
    public static final String PROTOCOL = "DRAW-1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Draw1() {
    }

    /** populationDigest, rosterDigest and paramsDigest (§3); rejects an id listed twice or in two strata. */
    public static Digests digests(Snapshot snapshot) {
        return FreezeDigests.of(snapshot);
    }

    /** A fresh 32-byte secret from a CSPRNG, as 64 lowercase hex characters. Keep it confidential until the draw. */
    public static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Hex.of(secret);
    }

    /** hex(SHA-256(secret)), published at the freeze. */
    public static String commitment(String secret) {
        return DrawKeys.commitment(TextRules.requireHex64("secret", secret));
    }

    /** The draw (§4, §5), computing the digests from the inputs. */
    public static DrawResult draw(DrawInputs inputs) {
        return draw(inputs, digests(inputs.snapshot()));
    }

    /**
     * The draw with the digests computed at the freeze from this same snapshot (saves sorting the population again).
     * Digests that do not belong to the inputs yield a result that no verifier accepts.
     */
    public static DrawResult draw(DrawInputs inputs, Digests frozen) {
        if (frozen == null) {
            throw new DrawInputException("digests", "is missing");
        }
        if (!commitment(inputs.secret()).equals(inputs.commitment())) {
            throw new DrawInputException("commitment", "does not match secret");
        }
        byte[] master = DrawKeys.master(inputs.secret(), inputs.taskId(), inputs.publicEntropy(), frozen);
        List<StratumTally> tallies = new ArrayList<>();
        List<DrawnObject> selected = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        try (PickAhead picks = new PickAhead(inputs.strata(), master);
             Assigner assigner = new Assigner(inputs.snapshot(), DrawKeys.assign(master))) {
            for (int j = 0; j < inputs.strata().size(); j++) {
                Stratum s = inputs.strata().get(j);
                int n = s.population().size();
                int k = drawCount(n, s.ratioBp());
                StratumPicker.Picked picked = picks.get(j);
                tallies.add(new StratumTally(s.name(), n, k, k == 0 ? null : picked.rankHex(k - 1)));
                for (int i = 0; i < k; i++) {
                    String objectId = s.population().get(picked.indexes()[i]);
                    List<String> inspectors = assigner.assign(objectId, shortfalls);
                    selected.add(new DrawnObject(objectId, s.name(), picked.rankHex(i), inspectors));
                }
            }
        }
        return new DrawResult(frozen, tallies, selected, shortfalls, DrawResult.digestOf(tallies, selected, shortfalls));
    }

    /** k = min(n, ceil(n * ratioBp / 10000)). */
    public static int drawCount(int n, int ratioBp) {
        return (int) Math.min(n, ((long) n * ratioBp + 9_999) / 10_000);
    }

    /** Replays a transcript: VALID, or the first rule broken or field that differs. */
    public static Verdict verify(Transcript transcript) {
        return DrawVerifier.verify(transcript);
    }

    /** Reads and replays a transcript given as UTF-8 JSON; malformed JSON or inputs are INVALID too. */
    public static Verdict verify(byte[] transcriptJson) {
        return DrawVerifier.verify(transcriptJson);
    }

    /** The public "was I drawn?" check of §4; see {@link SelfCheck}. */
    public static SelfCheck.Answer wasDrawn(String taskId, String publicEntropy, String secret, Digests digests,
                                            String stratumName, String objectId, String threshold) {
        return SelfCheck.check(taskId, publicEntropy, secret, digests, stratumName, objectId, threshold);
    }
}
