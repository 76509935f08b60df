package cn.supervision.credit.rules.domain;

import java.time.LocalDate;
import java.util.List;

/** What a rule sees of one fact: its kind, date and the attributes a {@link Matcher} may test. */
public record Fact(FactKind kind, LocalDate date, String severity, String measure, List<String> categories, String taskType,
        String eventId, String description) {

    public Fact {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
