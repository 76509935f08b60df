package cn.supervision.draw;

import java.util.List;

/** The result of a DRAW-1 draw: digests, per-stratum tallies, drawn objects and shortfalls in processing order, resultDigest. */
// Why: the part of the transcript a verifier recomputes and compares field by field (§6).
public record DrawResult(Digests digests, List<StratumTally> strata, List<DrawnObject> selected,
                         List<Shortfall> shortfalls, String resultDigest) {
    public DrawResult {
        strata = List.copyOf(strata);
        selected = List.copyOf(selected);
        shortfalls = List.copyOf(shortfalls);
    }

    public String populationDigest() {
        return digests.populationDigest();
    }

    public String rosterDigest() {
        return digests.rosterDigest();
    }

    public String paramsDigest() {
        return digests.paramsDigest();
    }

    /** The §6 resultDigest of these lists. */
    static String digestOf(List<StratumTally> strata, List<DrawnObject> selected, List<Shortfall> shortfalls) {
        LineDigest d = new LineDigest();
        for (StratumTally s : strata) {
            d.text("k\t").text(s.name()).tab().number(s.n()).tab().number(s.k()).newline();
        }
        for (DrawnObject o : selected) {
            d.text("pick\t").text(o.objectId()).tab().text(o.stratum()).tab().text(o.rank()).tab();
            for (int i = 0; i < o.inspectors().size(); i++) {
                if (i > 0) {
                    d.put((byte) ',');
                }
                d.text(o.inspectors().get(i));
            }
            d.newline();
        }
        for (Shortfall s : shortfalls) {
            d.text("short\t").text(s.objectId()).tab().text(s.department()).tab().number(s.missing()).newline();
        }
        return d.hex();
    }
}
