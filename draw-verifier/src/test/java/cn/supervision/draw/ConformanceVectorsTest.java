package cn.supervision.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

// Why: §8 — a conforming implementation reproduces every valid vector and rejects every invalid one.
class ConformanceVectorsTest {
    static Stream<Path> validVectors() {
        return Vectors.valid();
    }

    static Stream<Path> invalidVectors() {
        return Vectors.invalid();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validVectors")
    void reproducesEveryFieldOfTheResultOfAValidVector(Path vector) {
        Transcript t = Transcript.fromJson(Vectors.bytes(vector));
        DrawResult published = t.result();
        DrawResult drawn = Draw1.draw(t.inputs());
        assertEquals(published.digests(), drawn.digests());
        assertEquals(published.strata(), drawn.strata());
        assertEquals(published.selected().size(), drawn.selected().size());
        for (int i = 0; i < drawn.selected().size(); i++) {
            assertEquals(published.selected().get(i), drawn.selected().get(i), "selected[" + i + "]");
        }
        assertEquals(published.shortfalls(), drawn.shortfalls());
        assertEquals(published.resultDigest(), drawn.resultDigest());
        assertEquals(published, drawn);
        assertNull(DrawVerifier.firstDifference("result", Transcript.resultTree(drawn), t.claimedResult()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validVectors")
    void verifiesAValidVectorAsValid(Path vector) {
        Verdict v = Draw1.verify(Vectors.bytes(vector));
        assertTrue(v.valid(), v.toString());
        assertEquals("VALID", v.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validVectors")
    void computesTheFreezeDigestsFromTheSnapshotAlone(Path vector) {
        Transcript t = Transcript.fromJson(Vectors.bytes(vector));
        assertEquals(t.result().digests(), Draw1.digests(t.inputs().snapshot()));
        assertEquals(t.inputs().commitment(), Draw1.commitment(t.inputs().secret()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validVectors")
    void writesATranscriptThatReadsBackAndStillVerifies(Path vector) {
        Transcript t = Transcript.fromJson(Vectors.bytes(vector));
        Transcript again = Transcript.fromJson(Transcript.of(t.inputs(), Draw1.draw(t.inputs())).toJsonBytes());
        assertEquals(t.inputs(), again.inputs());
        assertEquals(t.result(), again.result());
        assertEquals(Verdict.VALID, Draw1.verify(again));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidVectors")
    void rejectsEveryInvalidVector(Path vector) {
        Verdict v = Draw1.verify(Vectors.bytes(vector));
        assertFalse(v.valid(), vector + " was accepted");
        assertTrue(v.toString().startsWith("INVALID: "), v.toString());
    }
}
