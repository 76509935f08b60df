package cn.supervision.disclosure.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import cn.supervision.disclosure.access.StaffAccess;
import cn.supervision.disclosure.calendar.domain.CalendarContent;
import cn.supervision.disclosure.calendar.domain.HolidayNotice;
import cn.supervision.workingdays.HolidayFiles;
import cn.supervision.workingdays.UnknownYearException;
import cn.supervision.workingdays.WorkingDayCalendar;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The calendar every deadline is counted with: bundled notices plus loaded years. Other instances see a load within
 * {@code disclosure.calendar.refresh-interval-ms}; a change publishes {@link CalendarChanged} so that deadlines left
 * unknown can be filled in.
 */
@Component
public class OfficialCalendar {

    /** One version of the calendar. */
    public record Version(String version, WorkingDayCalendar calendar, CalendarContent content, List<Integer> loadedYears) {
    }

    private static final Logger log = LoggerFactory.getLogger(OfficialCalendar.class);

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final StaffAccess access;
    private final Clock clock;
    private final CalendarContent bundled;
    private final AtomicReference<Version> current = new AtomicReference<>();

    OfficialCalendar(MongoTemplate mongo, ApplicationEventPublisher events, StaffAccess access, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.events = events;
        this.access = access;
        this.clock = clock;
        WorkingDayCalendar files = HolidayFiles.load();
        this.bundled = CalendarContent.observe(files.knownYears(), files::isWorkingDay);
        current.set(build(mongo.findAll(CalendarYearDocument.class)));
        Gauge.builder("supervision.disclosure.calendar.last.known.year", current, v -> v.get().content().years().last())
                .description("Last year the calendar knows: deadlines reaching past it stay unknown").register(meters);
    }

    public Version current() {
        return current.get();
    }

    /** The deadline of a result produced on {@code resultDate}, or empty when the count reaches an unknown year. */
    public Optional<LocalDate> deadline(LocalDate resultDate, int workingDays) {
        try {
            return Optional.of(current().calendar().plusWorkingDays(resultDate, workingDays));
        } catch (UnknownYearException e) {
            return Optional.empty();
        }
    }

    /** Stores an administrator's notice for its year (replacing an earlier one) and switches to the new calendar. */
    public Version load(HolidayNotice notice) {
        access.checkMayWrite("load the holiday notice of " + notice.year(), null);
        CalendarYearDocument document = new CalendarYearDocument();
        document.year = notice.year();
        document.days = new TreeMap<>();
        notice.days().forEach((day, off) -> document.days.put(day.toString(), off));
        document.papers = notice.papers();
        document.loadedAt = clock.instant();
        mongo.save(document);
        log.info("holiday notice of {} loaded ({} days listed)", notice.year(), notice.days().size());
        return refresh();
    }

    @Scheduled(initialDelayString = "${disclosure.calendar.refresh-interval-ms:60000}",
            fixedDelayString = "${disclosure.calendar.refresh-interval-ms:60000}")
    void refreshRegularly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("calendar refresh failed, keeping {}: {}", current().version(), e.toString());
        }
    }

    Version refresh() {
        List<CalendarYearDocument> loaded = mongo.findAll(CalendarYearDocument.class);
        Version next = build(loaded);
        Version before = current.getAndSet(next);
        if (!before.version().equals(next.version())) {
            log.info("working-day calendar now {} (years {}, loaded by administrators: {})", next.version(), next.content().years(),
                    next.loadedYears());
            events.publishEvent(new CalendarChanged(next.version()));
        }
        return next;
    }

    private Version build(List<CalendarYearDocument> loaded) {
        CalendarContent content = bundled;
        List<CalendarYearDocument> ordered = loaded.stream().sorted(java.util.Comparator.comparingInt(d -> d.year)).toList();
        for (CalendarYearDocument year : ordered) {
            Map<LocalDate, Boolean> days = new TreeMap<>();
            year.days.forEach((day, off) -> days.put(LocalDate.parse(day), off));
            content = content.with(new HolidayNotice(year.year, days, year.papers));
        }
        return new Version(content.version(), new WorkingDayCalendar(content.years(), content.exceptions()), content,
                ordered.stream().map(d -> d.year).toList());
    }
}
