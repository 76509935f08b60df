package cn.supervision.disclosure.calendar;

/** Published inside the service when the calendar's content changed (a year was loaded here or on another instance). */
public record CalendarChanged(String version) {
}
