package cn.supervision.disclosure.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;

/**
 * 国务院节假日安排通知: one year's notice as an administrator loads it — the statutory holidays ({@code offDay} true)
 * and the make-up workdays (调休, {@code offDay} false). A notice with no day is refused: loading it would make an
 * unpublished year look known.
 */
public record HolidayNotice(int year, Map<LocalDate, Boolean> days, List<String> papers) {

    /** One day of a notice as uploaded; any part may be missing. */
    public record Day(LocalDate date, Boolean offDay) {
    }

    public HolidayNotice {
        days = java.util.Collections.unmodifiableMap(new TreeMap<>(days));
        papers = papers == null ? List.of() : List.copyOf(papers);
    }

    /** Validates an upload for {@code year} (the year in the path); every problem names its field. */
    public static HolidayNotice of(int year, Integer declaredYear, List<Day> days, List<String> papers) {
        List<FieldProblem> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            problems.add(new FieldProblem("year", "must be between 2000 and 2100"));
        }
        if (declaredYear == null) {
            problems.add(new FieldProblem("year", "is required in the notice"));
        } else if (declaredYear != year) {
            problems.add(new FieldProblem("year", "the notice is for " + declaredYear + ", not " + year));
        }
        Map<LocalDate, Boolean> parsed = new TreeMap<>();
        if (days == null || days.isEmpty()) {
            problems.add(new FieldProblem("days", "a notice without days leaves the year unknown: load it once it is published"));
        } else {
            for (int i = 0; i < days.size(); i++) {
                Day day = days.get(i);
                String field = "days[" + i + "]";
                if (day == null || day.date() == null) {
                    problems.add(new FieldProblem(field + ".date", "is required"));
                    continue;
                }
                if (day.offDay() == null) {
                    problems.add(new FieldProblem(field + ".isOffDay", "is required"));
                    continue;
                }
                if (Math.abs(day.date().getYear() - year) > 1) {
                    problems.add(new FieldProblem(field + ".date", day.date() + " is not in or next to " + year));
                    continue;
                }
                if (!day.offDay() && !weekend(day.date())) {
                    problems.add(new FieldProblem(field + ".isOffDay", day.date() + " is a weekday: only a weekend day can be a make-up workday"));
                    continue;
                }
                Boolean before = parsed.put(day.date(), day.offDay());
                if (before != null && !before.equals(day.offDay())) {
                    problems.add(new FieldProblem(field + ".date", day.date() + " is listed twice, once as a holiday and once as a workday"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return new HolidayNotice(year, parsed, papers);
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
