package cn.supervision.draw;

/** The three digests of §3, published at the freeze: population, roster (with recusals) and parameters. */
// Why: they pin the frozen lists; the master key depends on them, so a changed list changes every rank.
public record Digests(String populationDigest, String rosterDigest, String paramsDigest) {
    public Digests {
        TextRules.requireHex64("populationDigest", populationDigest);
        TextRules.requireHex64("rosterDigest", rosterDigest);
        TextRules.requireHex64("paramsDigest", paramsDigest);
    }
}
