package cn.supervision.credit.assessment.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

import cn.supervision.workingdays.WorkingDayCalendar;

/**
 * Deadlines in working days on the official calendar (the same one disclosure counts with). Where the count runs into
 * a year whose holiday notice is not published yet, those days count Monday–Friday and the deadline says it is an
 * estimate: the calendar never guesses silently.
 */
public final class WorkingDays {

    /** A deadline, and whether part of it was counted without the official calendar. */
    public record Due(LocalDate date, boolean estimated) {
    }

    private final WorkingDayCalendar calendar;

    public WorkingDays(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The day on which {@code workingDays} working days have passed, counting from the day after {@code from}. */
    public Due plus(LocalDate from, int workingDays) {
        LocalDate day = from;
        int remaining = workingDays;
        boolean estimated = false;
        while (remaining > 0) {
            day = day.plusDays(1);
            boolean working;
            if (calendar.knows(day.getYear())) {
                working = calendar.isWorkingDay(day);
            } else {
                estimated = true;
                working = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            }
            if (working) {
                remaining--;
            }
        }
        return new Due(day, estimated);
    }
}
