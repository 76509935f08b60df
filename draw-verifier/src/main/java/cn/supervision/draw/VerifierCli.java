package cn.supervision.draw;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code java -jar draw-verifier.jar verify transcript.json}: prints VALID (exit 0) or INVALID: first difference
 * (exit 1); a usage error or an unreadable file exits 2. No server, no network.
 */
// Why: the stand-alone public verifier, runnable by anyone with a JDK and the published transcript.
public final class VerifierCli {
    static final String USAGE = "usage: java -jar draw-verifier.jar verify <transcript.json>";

    private VerifierCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** The command without System.exit: returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            out.println(USAGE);
            return 0;
        }
        if (args.length != 2 || !args[0].equals("verify")) {
            err.println(USAGE);
            return 2;
        }
        byte[] json;
        try {
            json = Files.readAllBytes(Path.of(args[1]));
        } catch (IOException | InvalidPathException | OutOfMemoryError e) {
            err.println("cannot read " + args[1] + ": " + e);
            return 2;
        }
        Verdict verdict = Draw1.verify(json);
        out.println(verdict);
        return verdict.valid() ? 0 : 1;
    }

    public static int run(String[] args, PrintStream out) {
        return run(args, out, out);
    }
}
