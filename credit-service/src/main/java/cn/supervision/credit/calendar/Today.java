package cn.supervision.credit.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 今天 in the bureau's time zone ({@code credit.zone}, Asia/Shanghai by default): the day every evaluation is made
 * as of. Reads the {@link Clock} bean, so tests move time by replacing the clock, not by waiting.
 */
@Component
public class Today {

    private final Clock clock;
    private final ZoneId zone;

    Today(Clock clock, @Value("${credit.zone:Asia/Shanghai}") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(zone));
    }
}
