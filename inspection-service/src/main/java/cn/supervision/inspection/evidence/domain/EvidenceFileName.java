package cn.supervision.inspection.evidence.domain;

/**
 * The name an evidence file is kept under. Only a plain name is accepted: no directories, no {@code ..}, no drive or
 * control characters, so that no name can point outside the record when files are exported or downloaded.
 */
public final class EvidenceFileName {

    public static final int MAX_LENGTH = 255;

    private EvidenceFileName() {
    }

    /** Why this name is refused, or null when it is acceptable. */
    public static String problem(String name) {
        if (name == null || name.isBlank()) {
            return "a file name is required";
        }
        if (name.length() > MAX_LENGTH) {
            return "the file name is longer than " + MAX_LENGTH + " characters";
        }
        if (name.contains("/") || name.contains("\\") || name.contains(":")) {
            return "the file name must not contain a path ('/', '\\\\' or ':')";
        }
        if (name.contains("..")) {
            return "the file name must not contain '..'";
        }
        if (!name.equals(name.strip())) {
            return "the file name must not start or end with blanks";
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return "the file name must not contain control characters";
            }
        }
        return null;
    }
}
