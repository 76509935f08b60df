package cn.supervision.platform.problem;

import java.util.List;

/** A refusal with an HTTP-like status, a short title and the fields at fault. Nothing is stored when one is thrown. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldProblem> errors;

    protected ProblemException(int status, String title, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** 400: the request itself is wrong (missing or malformed fields). */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "Invalid input", field + ": " + message, List.of(new FieldProblem(field, message)));
    }

    public static ProblemException invalid(List<FieldProblem> errors) {
        return new ProblemException(400, "Invalid input", errors.size() + " field(s) invalid", errors);
    }

    /** 404: the thing named does not exist. */
    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not found", what + " does not exist", List.of());
    }

    /** 409: it clashes with what is already stored (a duplicate, a state that does not allow it). */
    public static ProblemException conflict(String field, String message) {
        return new ProblemException(409, "Conflict", message, List.of(new FieldProblem(field, message)));
    }

    /** 422: well-formed, but a rule of the regime forbids it. */
    public static ProblemException ruleViolated(String field, String message) {
        return new ProblemException(422, "Rule violated", message, List.of(new FieldProblem(field, message)));
    }
}
