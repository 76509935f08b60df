package cn.supervision.workingdays;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;



import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the bundled State Council notices (expected dates counted by hand from the notices). */
class WorkingDayCalendarTest {

    static final WorkingDayCalendar CALENDAR = HolidayFiles.load();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void knowsThePublishedYearsOnly() {
        assertThat(CALENDAR.knownYears()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }

    @Test
    void theDomainPagesExampleCountsFromTheNextDayAcrossNationalDay2023() {
        // Mid-Autumn + National Day 2023-09-29..10-06 off, Saturday 10-07 and Sunday 10-08 worked; a plain count gives 10-18
        assertThat(CALENDAR.plusWorkingDays(d("2023-09-20"), 20)).isEqualTo(d("2023-10-24"));
    }

    @Test
    void springFestival2024SkipsTheHolidayWeekAndCountsBothMakeUpSundays() {
        assertThat(CALENDAR.isWorkingDay(d("2024-02-04"))).as("Sunday 02-04 is a make-up workday").isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2024-02-18"))).as("Sunday 02-18 is a make-up workday").isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2024-02-12"))).as("Monday 02-12 is a holiday").isFalse();
        assertThat(CALENDAR.plusWorkingDays(d("2024-02-03"), 1)).isEqualTo(d("2024-02-04"));
        assertThat(CALENDAR.plusWorkingDays(d("2024-02-09"), 1)).isEqualTo(d("2024-02-18"));
        // 02-02 Fri; 02-04, 02-05..08, 02-09 = 6; 02-18 = 7; 02-19, 02-20 = 9
        assertThat(CALENDAR.plusWorkingDays(d("2024-02-02"), 9)).isEqualTo(d("2024-02-20"));
    }

    @Test
    void nationalDay2025AndItsMakeUpSaturday() {
        assertThat(CALENDAR.isWorkingDay(d("2025-09-28"))).as("Sunday 09-28 is worked").isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2025-10-08"))).as("Wednesday 10-08 is a holiday").isFalse();
        assertThat(CALENDAR.isWorkingDay(d("2025-10-11"))).as("Saturday 10-11 is worked").isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2025-10-12"))).as("Sunday 10-12 stays off").isFalse();
        assertThat(CALENDAR.plusWorkingDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
        assertThat(CALENDAR.plusWorkingDays(d("2025-10-10"), 1)).isEqualTo(d("2025-10-11"));
        // 09-26 Fri: 09-28, 09-29, 09-30 = 3; 10-09, 10-10, 10-11 = 6; 10-13..10-15 = 9
        assertThat(CALENDAR.plusWorkingDays(d("2025-09-26"), 9)).isEqualTo(d("2025-10-15"));
    }

    @Test
    void crossesIntoTheNextYearWithItsNewYearHolidayAndMakeUpSunday() {
        // Dec 22-26 (5), Dec 29-31 (8), Jan 1-3 off, Sunday Jan 4 worked (9), Jan 5-9 (14), Jan 12-16 (19), Jan 19 (20)
        assertThat(CALENDAR.plusWorkingDays(d("2025-12-20"), 20)).isEqualTo(d("2026-01-19"));
        assertThat(CALENDAR.plusWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-04"));
    }

    @Test
    void newYear2023IsObservedOnMonday() {
        assertThat(CALENDAR.isWorkingDay(d("2023-01-02"))).as("New Year's Day 2023 observed on Monday").isFalse();
        assertThat(CALENDAR.plusWorkingDays(d("2022-12-30"), 1)).isEqualTo(d("2023-01-03"));
    }

    @Test
    void refusesAYearWithoutAPublishedNoticeInsteadOfGuessing() {
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(d("2027-03-01"))).isInstanceOf(UnknownYearException.class)
                .hasMessageContaining("unknown year 2027");
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(d("2026-12-20"), 20)).isInstanceOf(UnknownYearException.class)
                .hasMessageContaining("unknown year 2027");
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(d("2018-12-20"), 1)).isInstanceOf(UnknownYearException.class)
                .hasMessageContaining("unknown year 2018");
    }

    @Test
    void zeroDaysIsTheSameDayAndNegativeCountsAreRefused() {
        assertThat(CALENDAR.plusWorkingDays(d("2025-10-04"), 0)).isEqualTo(d("2025-10-04"));
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(d("2025-10-04"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlainCalendarFollowsMondayToFridayWithinItsKnownYears() {
        WorkingDayCalendar plain = new WorkingDayCalendar(Set.of(2030), Map.of(LocalDate.of(2030, 1, 1), true));
        assertThat(plain.plusWorkingDays(LocalDate.of(2029, 12, 31), 1)).isEqualTo(LocalDate.of(2030, 1, 2));
        assertThat(plain.plusWorkingDays(LocalDate.of(2030, 1, 4), 1)).isEqualTo(LocalDate.of(2030, 1, 7));
    }
}
