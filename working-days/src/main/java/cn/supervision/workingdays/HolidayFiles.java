package cn.supervision.workingdays;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the yearly holiday files ({@code classpath:cn-holidays/<year>.json}, holiday-cn format) into a
 * {@link WorkingDayCalendar}. A file without any day (a notice not yet published, like 2027) leaves its year unknown.
 * A file that cannot be read stops the service from starting: a wrong calendar would publish wrong deadlines.
 */
public final class HolidayFiles {

    static final String LOCATION = "classpath*:cn-holidays/*.json";
    private static final Logger log = LoggerFactory.getLogger(HolidayFiles.class);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record YearFile(Integer year, List<String> papers, List<Day> days) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Day(String name, LocalDate date, Boolean isOffDay) {
    }

    private HolidayFiles() {
    }

    /** The calendar of the bundled files. */
    public static WorkingDayCalendar load() {
        return load(JsonMapper.builder().build(), LOCATION);
    }

    static WorkingDayCalendar load(JsonMapper json, String location) {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the holiday files at " + location, e);
        }
        Set<Integer> known = new TreeSet<>();
        Set<Integer> unpublished = new TreeSet<>();
        Map<LocalDate, Boolean> days = new HashMap<>();
        for (Resource resource : resources) {
            YearFile file = read(json, resource);
            if (file.year() == null) {
                throw new IllegalStateException("holiday file " + resource.getFilename() + " names no year");
            }
            if (file.days() == null || file.days().isEmpty()) {
                unpublished.add(file.year());
                continue;
            }
            for (Day day : file.days()) {
                if (day.date() == null || day.isOffDay() == null) {
                    throw new IllegalStateException("holiday file " + resource.getFilename() + " has a day without date or isOffDay");
                }
                Boolean before = days.put(day.date(), day.isOffDay());
                if (before != null && !before.equals(day.isOffDay())) {
                    throw new IllegalStateException("holiday files disagree about " + day.date());
                }
            }
            known.add(file.year());
        }
        if (known.isEmpty()) {
            throw new IllegalStateException("no holiday file found at " + location);
        }
        log.info("working-day calendar loaded: years {} known, {} listed without a published notice", known, unpublished);
        return new WorkingDayCalendar(known, days);
    }

    private static YearFile read(JsonMapper json, Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, YearFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday file " + resource.getFilename(), e);
        } catch (JacksonException e) {
            throw new IllegalStateException("holiday file " + resource.getFilename() + " is not valid: " + e.getOriginalMessage(), e);
        }
    }
}
