package cn.supervision.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

// Why: the public verifier's contract is its output and exit code: VALID/0, INVALID/1, usage or unreadable file/2.
class VerifierCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return VerifierCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsValidAndExitsZeroForAValidTranscript() {
        assertEquals(0, run("verify", Vectors.named("01-single-stratum.json").toString()));
        assertEquals("VALID" + System.lineSeparator(), out());
    }

    @Test
    void printsTheFirstDifferenceAndExitsOneForAnInvalidTranscript() {
        assertEquals(1, run("verify", Vectors.dir().resolve("invalid/x03.json").toString()));
        assertTrue(out().startsWith("INVALID: result.selected[0].inspectors differs: expected "), out());
    }

    @Test
    void exitsTwoWithUsageWhenArgumentsAreWrong() {
        assertEquals(2, run());
        assertEquals(2, run("check", "x.json"));
        assertEquals(2, run("verify"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: "));
        assertEquals("", out());
    }

    @Test
    void exitsTwoWhenTheFileCannotBeRead() {
        assertEquals(2, run("verify", Vectors.dir().resolve("no-such-transcript.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("cannot read "));
    }

    @Test
    void printsUsageOnHelpAndExitsZero() {
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("usage: "));
    }
}
