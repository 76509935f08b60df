package cn.supervision.sampling.population;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A check item (检查事项) as registry announced it: a task may only name an ACTIVE item in force. */
@Document("check_items")
public record CheckItemRecord(@Id String code, String name, String department, String objectType, String status, LocalDate effectiveFrom,
        LocalDate effectiveTo, Instant eventTime) {

    /** In force on {@code day}: ACTIVE and inside its effective period. */
    public boolean inForceOn(LocalDate day) {
        return "ACTIVE".equals(status) && (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
