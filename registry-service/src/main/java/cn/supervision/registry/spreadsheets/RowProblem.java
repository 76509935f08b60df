package cn.supervision.registry.spreadsheets;

import cn.supervision.platform.problem.FieldProblem;

/** What is wrong with one cell (or a whole row when {@code column} is null), located as a clerk would look for it. */
public record RowProblem(int row, String column, String message) {

    public FieldProblem asFieldProblem() {
        return new FieldProblem(column == null ? "row " + row : "row " + row + ", " + column, message);
    }
}
