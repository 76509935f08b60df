package cn.supervision.platform.problem;

/** What is wrong with one field (a JSON path such as {@code teams[1].count}, or {@code row 12, USCC} in an import). */
public record FieldProblem(String field, String message) {
}
