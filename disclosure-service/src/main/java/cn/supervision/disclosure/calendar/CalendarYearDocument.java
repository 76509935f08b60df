package cn.supervision.disclosure.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A year's notice loaded by an administrator; replaces the bundled file of that year, if any. Days keyed by ISO date. */
@Document("calendar_years")
class CalendarYearDocument {

    @Id
    int year;
    Map<String, Boolean> days;
    List<String> papers;
    Instant loadedAt;
}
