package cn.supervision.disclosure.results;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.supervision.disclosure.results.domain.PublicResult;
import cn.supervision.disclosure.results.domain.ResultCategory;
import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;

/**
 * A public search as typed by anyone: every criterion optional, all taken literally (a name is matched as text,
 * never as a pattern or an operator). {@link #parse} checks it and names every bad field; {@code size} is capped.
 */
public record ResultSearch(String uscc, String name, String taskId, String department, String category, LocalDate from, LocalDate to,
        String kind, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT = 100;
    public static final int MAX_PAGE = 100_000;

    public static ResultSearch parse(String uscc, String name, String taskId, String department, String category, String from, String to,
            String kind, String page, String size) {
        List<FieldProblem> problems = new ArrayList<>();
        int pageNumber = number("page", page, 0, problems);
        int sizeNumber = number("size", size, DEFAULT_SIZE, problems);
        if (pageNumber < 0) {
            problems.add(new FieldProblem("page", "must not be negative"));
        } else if (pageNumber > MAX_PAGE) {
            problems.add(new FieldProblem("page", "must be at most " + MAX_PAGE + ": narrow the search instead"));
        }
        if (sizeNumber < 1) {
            problems.add(new FieldProblem("size", "must be at least 1"));
        }
        String usccValue = text("uscc", uscc, problems);
        String categoryValue = text("category", category, problems);
        if (categoryValue != null && ResultCategory.ofCode(categoryValue.toUpperCase(Locale.ROOT)).isEmpty()) {
            problems.add(new FieldProblem("category", "unknown result category '" + categoryValue + "'"));
        }
        String kindValue = text("kind", kind, problems);
        if (kindValue != null && !List.of(PublicResult.INSPECTION, PublicResult.REFUSAL).contains(kindValue.toUpperCase(Locale.ROOT))) {
            problems.add(new FieldProblem("kind", "must be INSPECTION or REFUSAL"));
        }
        LocalDate fromDate = date("from", from, problems);
        LocalDate toDate = date("to", to, problems);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            problems.add(new FieldProblem("from", "must not be after 'to'"));
        }
        ResultSearch search = new ResultSearch(usccValue == null ? null : usccValue.toUpperCase(Locale.ROOT), text("name", name, problems),
                text("taskId", taskId, problems), text("department", department, problems),
                categoryValue == null ? null : categoryValue.toUpperCase(Locale.ROOT), fromDate, toDate,
                kindValue == null ? null : kindValue.toUpperCase(Locale.ROOT), pageNumber, Math.min(Math.max(sizeNumber, 1), MAX_SIZE));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return search;
    }

    public long skip() {
        return (long) page * size;
    }

    public boolean empty() {
        return uscc == null && name == null && taskId == null && department == null && category == null && from == null && to == null
                && kind == null;
    }

    private static int number(String field, String value, int fallback, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "must be a whole number"));
            return fallback;
        }
    }

    /** Blank means "not given"; anything longer than a name can be is refused. */
    private static String text(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_TEXT + " characters"));
        }
        return stripped;
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date like 2026-03-23"));
            return null;
        }
    }
}
