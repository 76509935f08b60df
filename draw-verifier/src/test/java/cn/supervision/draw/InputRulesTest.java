package cn.supervision.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

// Why: §2–§3 input rules; each violation must be refused with the offending field named.
class InputRulesTest {
    private static final String SECRET = "fd0b78f4748a28d8c968348f0d6615379776a3e9e2a49ead456a3c8093047a91";

    private static void refused(String message, Executable e) {
        assertEquals(message, assertThrows(DrawInputException.class, e).getMessage());
    }

    private static Snapshot snapshot(List<Stratum> strata) {
        return new Snapshot("T-1", strata, List.of(new Team("d", 1)), List.of(new RosterInspector("i1", "d", 0)), List.of());
    }

    @Test
    void refusesForbiddenCharactersInNamesAndIds() {
        refused("name: must not contain a TAB", () -> new Stratum("a\tb", 10, List.of()));
        refused("population[1]: must not contain a comma", () -> new Stratum("a", 10, List.of("x", "y,z")));
        refused("population[0]: must not contain a line feed (LF)", () -> new Stratum("a", 10, List.of("x\n")));
        refused("population[0]: must not be empty", () -> new Stratum("a", 10, List.of("")));
        refused("population[0]: is not valid Unicode (lone surrogate at index 1)",
                () -> new Stratum("a", 10, List.of("x\uD800")));
        refused("population[1]: is missing", () -> new Stratum("a", 10, java.util.Arrays.asList("x", null)));
        refused("department: must not contain a carriage return (CR)", () -> new Team("a\rb", 1));
        refused("id: is missing", () -> new RosterInspector(null, "d", 0));
        refused("objectId: must not contain a comma", () -> new Recusal("i", "o,p"));
        refused("taskId: must not be empty", () -> new Snapshot("", List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void refusesOutOfRangeNumbers() {
        refused("ratioBp: must be an integer 0..10000 (basis points), got 10001", () -> new Stratum("a", 10_001, List.of()));
        refused("ratioBp: must be an integer 0..10000 (basis points), got -1", () -> new Stratum("a", -1, List.of()));
        refused("count: must be at least 1, got 0", () -> new Team("d", 0));
        refused("load: must be an integer >= 0, got -1", () -> new RosterInspector("i", "d", -1));
    }

    @Test
    void refusesRepeatedNamesIdsAndPairs() {
        refused("strata[1].name: \"a\" is already the name of strata[0]",
                () -> snapshot(List.of(new Stratum("a", 1, List.of()), new Stratum("a", 1, List.of()))));
        refused("teams[1].department: \"d\" already has a team at teams[0]",
                () -> new Snapshot("T", List.of(), List.of(new Team("d", 1), new Team("d", 2)), List.of(), List.of()));
        refused("inspectors[1].id: \"i\" is already the id of inspectors[0]", () -> new Snapshot("T", List.of(), List.of(),
                List.of(new RosterInspector("i", "d"), new RosterInspector("i", "e")), List.of()));
        refused("recusals[1]: the pair (i, o) appears twice", () -> new Snapshot("T", List.of(), List.of(), List.of(),
                List.of(new Recusal("i", "o"), new Recusal("i", "o"))));
    }

    @Test
    void refusesAnIdTwiceInAStratumOrInTwoStrataWhenDigesting() {
        refused("strata[0].population: id \"x\" appears twice",
                () -> Draw1.digests(snapshot(List.of(new Stratum("a", 1, List.of("x", "y", "x"))))));
        refused("strata[1].population: id \"y\" is also in strata[0] (\"a\")", () -> Draw1.digests(snapshot(List.of(
                new Stratum("a", 1, List.of("x", "y")), new Stratum("b", 1, List.of("z", "y"))))));
    }

    @Test
    void refusesSecretsAndCommitmentsThatAreNot32BytesOfLowercaseHex() {
        Snapshot s = snapshot(List.of());
        String commitment = Draw1.commitment(SECRET);
        refused("secret: must be 64 lowercase hex characters (32 bytes), got 62 hex characters",
                () -> new DrawInputs(s, "e", SECRET.substring(2), commitment));
        refused("secret: must be 64 lowercase hex characters (32 bytes), got \"" + SECRET.toUpperCase() + "\"",
                () -> new DrawInputs(s, "e", SECRET.toUpperCase(), commitment));
        refused("commitment: is missing", () -> new DrawInputs(s, "e", SECRET, null));
        refused("publicEntropy: must not contain a TAB", () -> new DrawInputs(s, "1\t2", SECRET, commitment));
    }

    @Test
    void refusesToDrawWhenTheSecretDoesNotMatchTheCommitment() {
        DrawInputs in = new DrawInputs(snapshot(List.of()), "e", SECRET, "0".repeat(64));
        refused("commitment: does not match secret", () -> Draw1.draw(in));
    }

    @Test
    void namesTheTranscriptFieldThatBreaksARule() {
        String json = new String(Vectors.bytes(Vectors.named("01-single-stratum.json")), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"count\": 2", "\"count\": 0");
        assertEquals("INVALID: teams[0].count: must be at least 1, got 0", Draw1.verify(json.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString());
        String fractional = json.replace("\"count\": 0", "\"count\": 1.5");
        assertEquals("INVALID: teams[0].count: must be an integer, got 1.5", Draw1.verify(
                fractional.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    }
}
