package cn.supervision.disclosure.results.domain;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.Optional;

/**
 * 公示期限: a result must be public within 20 working days of being produced, counted from the next day (企业信息公示暂行条例
 * art. 6). When the calendar does not know a year the count crosses, the deadline is unknown ({@code due} null), never
 * guessed.
 */
public record DisclosureDeadline(LocalDate due, boolean unknown, String reason) {

    public static final int WORKING_DAYS = 20;

    /** @param count the calendar's count of working days from a date, empty when it reaches an unknown year */
    public static DisclosureDeadline after(LocalDate resultDate, Function<LocalDate, Optional<LocalDate>> count) {
        return count.apply(resultDate).map(due -> new DisclosureDeadline(due, false, null))
                .orElseGet(() -> new DisclosureDeadline(null, true, "20 working days from " + resultDate + " reach a year the calendar does not know"));
    }
}
