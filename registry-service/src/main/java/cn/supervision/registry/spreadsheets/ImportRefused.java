package cn.supervision.registry.spreadsheets;

import java.util.List;

import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;

/** An import refused as a whole: nothing was changed. */
public class ImportRefused extends ProblemException {

    /** Most problems listed in one answer; the detail still gives the total. */
    static final int LISTED = 10_000;

    private ImportRefused(int status, String title, String detail, List<FieldProblem> errors) {
        super(status, title, detail, errors);
    }

    /** 422: rows that break the rules, each by row number and column. */
    public static ImportRefused rows(List<RowProblem> problems, int rows) {
        List<FieldProblem> listed = problems.stream().limit(LISTED).map(RowProblem::asFieldProblem).toList();
        return new ImportRefused(422, "Rows refused", problems.size() + " problem(s) in " + rows + " row(s)" + (problems.size() > LISTED
                ? " (the first " + LISTED + " are listed)" : "") + "; nothing was changed", listed);
    }

    /** 400: the file itself cannot be read (wrong format, missing or extra columns). */
    public static ImportRefused file(String message) {
        return new ImportRefused(400, "Invalid file", message, List.of(new FieldProblem("file", message)));
    }

    /** 413: over the configured size limit. */
    public static ImportRefused tooLarge(long size, long limit) {
        String message = "the file has " + size + " bytes; at most " + limit + " are accepted (split it)";
        return new ImportRefused(413, "File too large", message, List.of(new FieldProblem("file", message)));
    }
}
