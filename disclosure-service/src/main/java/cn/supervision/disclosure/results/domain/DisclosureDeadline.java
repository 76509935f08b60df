package cn.supervision.disclosure.results.domain;

import java.time.LocalDate;

import cn.supervision.workingdays.UnknownYearException;
import cn.supervision.workingdays.WorkingDayCalendar;

/**
 * 公示期限: a result must be public within 20 working days of being produced, counted from the next day (企业信息公示暂行条例
 * art. 6). When the calendar does not know a year the count crosses, the deadline is unknown ({@code due} null), never
 * guessed.
 */
public record DisclosureDeadline(LocalDate due, boolean unknown, String reason) {

    public static final int WORKING_DAYS = 20;

    public static DisclosureDeadline after(LocalDate resultDate, WorkingDayCalendar calendar) {
        try {
            return new DisclosureDeadline(calendar.plusWorkingDays(resultDate, WORKING_DAYS), false, null);
        } catch (UnknownYearException e) {
            return new DisclosureDeadline(null, true, e.getMessage());
        }
    }
}
