package cn.supervision.disclosure.calendar.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What a calendar knows: its years and the days that differ from Monday–Friday. Merging a loaded notice replaces that
 * year's days; the version is a digest of the content, the same on every instance that holds the same calendar.
 */
public record CalendarContent(SortedSet<Integer> years, Map<LocalDate, Boolean> exceptions) {

    public CalendarContent {
        years = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(years));
        exceptions = java.util.Collections.unmodifiableMap(new TreeMap<>(exceptions));
    }

    /** Reads the exceptions of {@code years} back from any calendar by asking it day by day. */
    public static CalendarContent observe(SortedSet<Integer> years, Predicate<LocalDate> isWorkingDay) {
        Map<LocalDate, Boolean> exceptions = new TreeMap<>();
        for (int year : years) {
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
                boolean working = isWorkingDay.test(day);
                if (working != weekday) {
                    exceptions.put(day, !working);
                }
            }
        }
        return new CalendarContent(years, exceptions);
    }

    /** This calendar with {@code notice} in place of whatever it held for that year. */
    public CalendarContent with(HolidayNotice notice) {
        SortedSet<Integer> merged = new TreeSet<>(years);
        merged.add(notice.year());
        Map<LocalDate, Boolean> days = new TreeMap<>(exceptions);
        days.keySet().removeIf(day -> day.getYear() == notice.year());
        notice.days().forEach((day, off) -> {
            if (day.getYear() == notice.year()) {
                days.put(day, off);
            } else {
                days.putIfAbsent(day, off); // a neighbour year's day listed in this notice never overrides that year's own notice
            }
        });
        return new CalendarContent(merged, days);
    }

    /** A short digest of years and exceptions: two instances with the same version count every deadline the same way. */
    public String version() {
        StringBuilder text = new StringBuilder(years.toString());
        exceptions.forEach((day, off) -> text.append(';').append(day).append(off ? 'H' : 'W'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return years.first() + "-" + years.last() + "@" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
