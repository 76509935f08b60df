package cn.supervision.inspection.evidence;

import java.util.List;

import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;

/** Refusals of an upload that the shared problem factory has no status for: too large (413), not an accepted kind (415). */
public final class EvidenceRefused extends ProblemException {

    private EvidenceRefused(int status, String title, String field, String message) {
        super(status, title, message, List.of(new FieldProblem(field, message)));
    }

    public static EvidenceRefused tooLarge(String field, long maxBytes) {
        return new EvidenceRefused(413, "Content too large", field, "the file is larger than the limit of " + maxBytes + " bytes");
    }

    static EvidenceRefused unsupported(String field, String message) {
        return new EvidenceRefused(415, "Unsupported media type", field, message);
    }
}
