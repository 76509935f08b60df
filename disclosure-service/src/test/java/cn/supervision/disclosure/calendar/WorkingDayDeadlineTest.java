package cn.supervision.disclosure.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.supervision.disclosure.calendar.domain.CalendarContent;
import cn.supervision.disclosure.calendar.domain.HolidayNotice;
import cn.supervision.disclosure.results.domain.DisclosureDeadline;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.workingdays.HolidayFiles;
import cn.supervision.workingdays.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 20-working-day deadline on the official calendar's tricky days, and what a loaded notice may be. No Spring. */
class WorkingDayDeadlineTest {

    static final WorkingDayCalendar BUNDLED = HolidayFiles.load();

    static LocalDate due(WorkingDayCalendar calendar, String resultDate) {
        DisclosureDeadline deadline = DisclosureDeadline.after(LocalDate.parse(resultDate),
                d -> {
                    try {
                        return java.util.Optional.of(calendar.plusWorkingDays(d, DisclosureDeadline.WORKING_DAYS));
                    } catch (cn.supervision.workingdays.UnknownYearException e) {
                        return java.util.Optional.empty();
                    }
                });
        return deadline.due();
    }

    @Test
    void theDomainPagesExampleCountsThroughNationalDayAndMidAutumn2023() {
        assertThat(due(BUNDLED, "2023-09-20")).isEqualTo(LocalDate.parse("2023-10-24"));
    }

    @Test
    void springFestival2026IsSkippedAndItsMakeUpSaturdaysCount() {
        // 2026-02-14 (Sat) and 2026-02-28 (Sat) are make-up workdays; 02-15..02-23 off
        assertThat(BUNDLED.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
        assertThat(BUNDLED.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
        LocalDate deadline = due(BUNDLED, "2026-02-06");
        // counted by hand: Feb 9-13 (5), Sat 14 (6), 24-27 (10), Sat 28 (11), Mar 2-6 (16), Mar 9-12 (20)
        assertThat(deadline).isEqualTo(LocalDate.parse("2026-03-12"));
    }

    @Test
    void nationalDay2025WithItsMakeUpSaturday() {
        // 2025-09-28 (Sun) and 2025-10-11 (Sat) are make-up workdays; 10-01..10-08 off
        assertThat(BUNDLED.isWorkingDay(LocalDate.parse("2025-10-11"))).isTrue();
        LocalDate deadline = due(BUNDLED, "2025-09-25");
        // Sep 26 (1), Sun 28 (2), Sep 29-30 (4), Oct 9-10 (6), Sat 11 (7), Oct 13-17 (12), Oct 20-24 (17), Oct 27-29 (20)
        assertThat(deadline).isEqualTo(LocalDate.parse("2025-10-29"));
    }

    @Test
    void aCountCrossingNewYearUsesBothYearsNotices() {
        // 2025-12-31 + 20: Jan 1-3 2026 off, Sun Jan 4 2026 a make-up workday
        LocalDate deadline = due(BUNDLED, "2025-12-22");
        // Dec 23-26 (4), Dec 29-31 (7), Sun Jan 4 (8), Jan 5-9 (13), Jan 12-16 (18), Jan 19-20 (20)
        assertThat(deadline).isEqualTo(LocalDate.parse("2026-01-20"));
    }

    @Test
    void aCountReachingAYearWithoutANoticeIsUnknownNeverGuessed() {
        assertThat(due(BUNDLED, "2026-12-18")).isNull();
        assertThat(due(BUNDLED, "2026-11-02")).isNotNull();
    }

    @Test
    void aLoadedNoticeMakesTheYearKnownAndChangesTheVersion() {
        CalendarContent bundled = CalendarContent.observe(BUNDLED.knownYears(), BUNDLED::isWorkingDay);
        HolidayNotice notice = HolidayNotice.of(2027, 2027, List.of(new HolidayNotice.Day(LocalDate.parse("2027-01-01"), true)), List.of());
        CalendarContent merged = bundled.with(notice);
        assertThat(merged.version()).isNotEqualTo(bundled.version());
        assertThat(CalendarContent.observe(BUNDLED.knownYears(), BUNDLED::isWorkingDay).version()).as("same content, same version")
                .isEqualTo(bundled.version());
        WorkingDayCalendar calendar = new WorkingDayCalendar(merged.years(), merged.exceptions());
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
        assertThat(due(calendar, "2026-12-18")).isEqualTo(LocalDate.parse("2027-01-18"));
    }

    @Test
    void aNoticeIsRefusedWithEveryBadFieldNamed() {
        assertThatThrownBy(() -> HolidayNotice.of(2027, 2028, List.of(), List.of())).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errors()).extracting(p -> p.field()).contains("year", "days");
        });
        assertThatThrownBy(() -> HolidayNotice.of(2027, 2027, List.of(new HolidayNotice.Day(LocalDate.parse("2027-03-03"), false),
                new HolidayNotice.Day(LocalDate.parse("2031-01-01"), true), new HolidayNotice.Day(null, true)), List.of()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors()).extracting(p -> p.field())
                        .containsExactly("days[0].isOffDay", "days[1].date", "days[2].date"));
        assertThat(HolidayNotice.of(2027, 2027, List.of(new HolidayNotice.Day(LocalDate.parse("2027-02-06"), false)), null).days())
                .isEqualTo(Map.of(LocalDate.parse("2027-02-06"), false));
    }
}
