package cn.supervision.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Why: a verifier must not only reject a tampered transcript but name the first thing that differs.
class TamperedTranscriptTest {
    private final Map<String, Object> transcript = Vectors.tree("03-joint-task-with-recusals.json");

    @SuppressWarnings("unchecked")
    private Map<String, Object> result() {
        return (Map<String, Object>) transcript.get("result");
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Map<String, Object> m, String key) {
        return (List<Object>) m.get(key);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> selected(int i) {
        return (Map<String, Object>) list(result(), "selected").get(i);
    }

    private Verdict verify() {
        return Draw1.verify(JsonWriter.compact(transcript).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsTheUntouchedTranscript() {
        assertEquals(Verdict.VALID, verify());
    }

    @Test
    void reportsTheObjectWhoseInspectorWasChanged() {
        List<Object> inspectors = list(selected(3), "inspectors");
        List<Object> original = new ArrayList<>(inspectors);
        inspectors.set(0, "SOMEONE-ELSE");
        assertEquals("INVALID: result.selected[3].inspectors differs: expected " + JsonWriter.compact(original)
                + " got " + JsonWriter.compact(inspectors), verify().toString());
    }

    @Test
    void rejectsTranscriptWhoseSecretDoesNotMatchCommitment() {
        String secret = (String) transcript.get("secret");
        transcript.put("secret", (secret.charAt(0) == '0' ? "1" : "0") + secret.substring(1));
        assertEquals("INVALID: commitment does not match secret", verify().toString());
    }

    @Test
    void reportsTheFirstPositionOfReorderedSelections() {
        List<Object> selected = list(result(), "selected");
        Object first = selected.get(0);
        selected.set(0, selected.get(1));
        selected.set(1, first);
        assertEquals("INVALID: result.selected[0].objectId differs: expected \"" + ((Map<?, ?>) first).get("objectId")
                + "\" got \"" + ((Map<?, ?>) selected.get(0)).get("objectId") + "\"", verify().toString());
    }

    @Test
    void reportsAThresholdThatWasEdited() {
        @SuppressWarnings("unchecked")
        Map<String, Object> stratum = (Map<String, Object>) list(result(), "strata").get(1);
        stratum.put("threshold", "f".repeat(64));
        assertTrue(verify().toString().startsWith("INVALID: result.strata[1].threshold differs: expected \""),
                verify().toString());
    }

    @Test
    void reportsADroppedSelectionAsAShorterList() {
        List<Object> selected = list(result(), "selected");
        selected.remove(selected.size() - 1);
        assertEquals("INVALID: result.selected has " + selected.size() + " entries, expected " + (selected.size() + 1),
                verify().toString());
    }

    @Test
    void reportsAMissingResultField() {
        result().remove("resultDigest");
        assertEquals("INVALID: result.resultDigest is missing", verify().toString());
    }

    @Test
    void reportsAMissingResult() {
        transcript.remove("result");
        assertEquals("INVALID: result is missing", verify().toString());
    }

    @Test
    void reportsACountWrittenAsAFraction() {
        @SuppressWarnings("unchecked")
        Map<String, Object> stratum = (Map<String, Object>) list(result(), "strata").get(0);
        stratum.put("n", new java.math.BigDecimal(stratum.get("n") + ".0"));
        assertTrue(verify().toString().startsWith("INVALID: result.strata[0].n differs: expected "), verify().toString());
    }

    @Test
    void rejectsARecusalDroppedAfterTheFreeze() {
        List<Object> recusals = list(transcript, "recusals");
        recusals.remove(0);
        assertTrue(verify().toString().startsWith("INVALID: result.rosterDigest differs"), verify().toString());
    }

    @Test
    void rejectsAnIdListedTwiceInOneStratum() {
        @SuppressWarnings("unchecked")
        List<Object> population = (List<Object>) ((Map<String, Object>) list(transcript, "strata").get(0)).get("population");
        population.add(population.get(0));
        assertEquals("INVALID: strata[0].population: id \"" + population.get(0) + "\" appears twice", verify().toString());
    }

    @Test
    void rejectsAnotherProtocol() {
        transcript.put("protocol", "DRAW-2");
        assertEquals("INVALID: protocol: must be \"DRAW-1\", got \"DRAW-2\"", verify().toString());
    }

    @Test
    void rejectsTextThatIsNotJson() {
        Verdict v = Draw1.verify("{\"protocol\": \"DRAW-1\",}".getBytes(StandardCharsets.UTF_8));
        assertTrue(v.toString().startsWith("INVALID: not well-formed JSON: "), v.toString());
    }

    @Test
    void ignoresKeysOutsideTheProtocolSuchAsWhy() {
        transcript.put("why", "a note for humans");
        assertEquals(Verdict.VALID, verify());
    }
}
