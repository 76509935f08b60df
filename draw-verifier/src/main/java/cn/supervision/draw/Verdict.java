package cn.supervision.draw;

/** VALID, or INVALID with the first rule broken or the first field that differs. */
// Why: the verifier's answer, printed as is by the command line and shown on the public portal.
public record Verdict(boolean valid, String difference) {
    public static final Verdict VALID = new Verdict(true, null);

    public static Verdict invalid(String difference) {
        return new Verdict(false, difference);
    }

    @Override
    public String toString() {
        return valid ? "VALID" : "INVALID: " + difference;
    }
}
