package cn.supervision.draw;

// Why: a rejected input must say which field broke which DRAW-1 rule, so a clerk can fix it and a verifier can report it.
public final class DrawInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String problem;

    public DrawInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The offending field, e.g. {@code strata[2].population[17]}. */
    public String field() {
        return field;
    }

    /** What is wrong with it, e.g. {@code must not contain a comma}. */
    public String problem() {
        return problem;
    }

    /** The same problem, with the field named from an enclosing element, e.g. {@code strata[2]} + {@code ratioBp}. */
    public DrawInputException within(String parent) {
        return new DrawInputException(field.startsWith("[") ? parent + field : parent + "." + field, problem);
    }
}
