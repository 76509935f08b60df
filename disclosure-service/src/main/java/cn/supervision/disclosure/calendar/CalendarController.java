package cn.supervision.disclosure.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.supervision.disclosure.calendar.domain.HolidayNotice;
import cn.supervision.disclosure.results.domain.DisclosureDeadline;
import cn.supervision.platform.problem.ProblemException;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The calendar in use, deadline look-ups, and loading a newly announced year. */
@RestController
class CalendarController {

    /** The holiday-cn file format, which is also how the bundled notices are kept. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NoticeFile(Integer year, List<String> papers, List<NoticeDay> days) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NoticeDay(String name, String date, @JsonProperty("isOffDay") Boolean isOffDay) {
    }

    record CalendarView(String version, List<Integer> knownYears, List<Integer> loadedYears) {
    }

    record DeadlineView(LocalDate resultDate, int workingDays, LocalDate disclosureDeadline, String calendarVersion) {
    }

    private final OfficialCalendar calendar;
    private final JsonMapper json;

    CalendarController(OfficialCalendar calendar, JsonMapper json) {
        this.calendar = calendar;
        this.json = json;
    }

    @GetMapping("/public/calendar")
    CalendarView current() {
        OfficialCalendar.Version version = calendar.current();
        return new CalendarView(version.version(), List.copyOf(version.content().years()), version.loadedYears());
    }

    /** The disclosure deadline of a result produced on {@code resultDate}; 422 when the count reaches a year the calendar lacks. */
    @GetMapping("/public/calendar/deadline")
    DeadlineView deadline(@RequestParam String resultDate) {
        LocalDate date = date("resultDate", resultDate);
        OfficialCalendar.Version version = calendar.current();
        return calendar.deadline(date, DisclosureDeadline.WORKING_DAYS)
                .map(due -> new DeadlineView(date, DisclosureDeadline.WORKING_DAYS, due, version.version()))
                .orElseThrow(() -> ProblemException.ruleViolated("resultDate", "20 working days from " + date
                        + " reach a year whose holiday notice is not loaded (known years: " + version.content().years() + ")"));
    }

    /** Loads (or replaces) the notice of {@code year}, in the holiday-cn JSON format of the bundled files. */
    @PutMapping("/disclosure/calendar/years/{year}")
    CalendarView load(@PathVariable int year, @RequestBody String body) {
        NoticeFile file;
        try {
            file = json.readValue(body, NoticeFile.class);
        } catch (JacksonException e) {
            throw ProblemException.invalid("body", "not a holiday notice in JSON: " + e.getOriginalMessage());
        }
        if (file == null) {
            throw ProblemException.invalid("body", "is empty");
        }
        List<HolidayNotice.Day> days = file.days() == null ? null : new java.util.ArrayList<>();
        if (file.days() != null) {
            for (int i = 0; i < file.days().size(); i++) {
                NoticeDay day = file.days().get(i);
                days.add(day == null ? null : new HolidayNotice.Day(day.date() == null ? null : date("days[" + i + "].date", day.date()), day.isOffDay()));
            }
        }
        calendar.load(HolidayNotice.of(year, file.year(), days, file.papers()));
        return current();
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date like 2026-03-23, was '" + text + "'");
        }
    }
}
