package cn.supervision.workingdays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 工作日历: the official working-day calendar. A working day is Monday–Friday, minus statutory holidays, plus make-up
 * workdays (调休) on weekends, as fixed by the State Council's yearly notice. Years without a published notice are
 * unknown: asking about a day in one throws {@link UnknownYearException}, the calendar never guesses.
 */
public final class WorkingDayCalendar {

    private final SortedSet<Integer> knownYears;
    private final Map<LocalDate, Boolean> exceptions;

    /**
     * @param knownYears the years whose notice is loaded
     * @param offDays    the days that differ from the plain Monday–Friday rule: {@code true} for a holiday (day off),
     *                   {@code false} for a make-up workday; may include days of neighbouring years
     */
    public WorkingDayCalendar(Set<Integer> knownYears, Map<LocalDate, Boolean> offDays) {
        this.knownYears = Collections.unmodifiableSortedSet(new TreeSet<>(knownYears));
        this.exceptions = Collections.unmodifiableMap(new TreeMap<>(offDays));
    }

    public SortedSet<Integer> knownYears() {
        return knownYears;
    }

    public boolean knows(int year) {
        return knownYears.contains(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!knows(date.getYear())) {
            throw new UnknownYearException(date.getYear(), knownYears);
        }
        Boolean offDay = exceptions.get(date);
        if (offDay != null) {
            return !offDay;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * The day on which {@code workingDays} working days have passed, counting from the day after {@code date} (so a
     * result produced on 2023-09-20 must be public by {@code plusWorkingDays(2023-09-20, 20)} = 2023-10-24).
     *
     * @throws UnknownYearException when the count reaches a year whose notice is not known
     */
    public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
        Objects.requireNonNull(date, "date");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative, was " + workingDays);
        }
        LocalDate day = date;
        int remaining = workingDays;
        while (remaining > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }
}
