package cn.supervision.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Why: §4 promises that an enterprise can check its own case from published values only; it must agree with the draw.
class SelfCheckTest {
    private static void agreesWithTheDrawFor(String vector) {
        Transcript t = Vectors.transcript(vector);
        DrawResult r = t.result();
        Map<String, DrawnObject> drawn = new HashMap<>();
        for (DrawnObject o : r.selected()) {
            drawn.put(o.objectId(), o);
        }
        DrawInputs in = t.inputs();
        int checked = 0;
        for (int s = 0; s < in.strata().size(); s++) {
            Stratum stratum = in.strata().get(s);
            String threshold = r.strata().get(s).threshold();
            for (String id : stratum.population()) {
                SelfCheck.Answer a = Draw1.wasDrawn(in.taskId(), in.publicEntropy(), in.secret(), r.digests(),
                        stratum.name(), id, threshold);
                DrawnObject o = drawn.get(id);
                assertEquals(o != null, a.drawn(), id);
                if (o != null) {
                    assertEquals(o.rank(), a.rank(), id);
                    assertEquals(stratum.name(), o.stratum());
                }
                checked++;
            }
        }
        assertEquals(checked, in.strata().stream().mapToInt(x -> x.population().size()).sum());
    }

    @Test
    void agreesWithTheDrawForEveryObjectOfTheTenThousandVector() {
        agreesWithTheDrawFor("06-ten-thousand.json");
    }

    @Test
    void agreesWithTheDrawForEmptyZeroAndFullStrata() {
        agreesWithTheDrawFor("05-empty-and-zero.json");
    }

    @Test
    void saysNotDrawnWhenTheStratumHasNoThreshold() {
        Transcript t = Vectors.transcript("05-empty-and-zero.json");
        DrawInputs in = t.inputs();
        SelfCheck.Answer a = SelfCheck.check(in.taskId(), in.publicEntropy(), in.secret(), t.result().digests(), "zero",
                in.strata().get(1).population().get(0), null);
        assertFalse(a.drawn());
        assertEquals(64, a.rank().length());
    }
}
