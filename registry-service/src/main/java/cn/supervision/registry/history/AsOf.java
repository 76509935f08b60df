package cn.supervision.registry.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import cn.supervision.platform.problem.ProblemException;

/**
 * The moment an "as of" query asks about: a date means the end of that day in the bureau's time zone (what the
 * directory said when the office closed), an instant means exactly then.
 */
public final class AsOf {

    private AsOf() {
    }

    public static Instant parse(String asOf, ZoneId zone) {
        try {
            if (asOf.length() == 10) {
                return LocalDate.parse(asOf).plusDays(1).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("asOf", "must be a date (2026-03-31) or an instant (2026-03-31T08:00:00Z)");
        }
    }
}
