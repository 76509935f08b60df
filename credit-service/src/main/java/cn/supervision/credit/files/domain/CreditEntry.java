package cn.supervision.credit.files.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a credit file. {@code eventId} is the id of the event that produced it: an entry is added once per
 * event, however often the event is delivered. Fields that do not apply to the entry's kind are null.
 */
public record CreditEntry(String eventId, EntryKind kind, LocalDate date, String inspectionId, String taskId, String taskName,
        String taskType, List<String> categories, String violationId, String department, String checkItem, String category,
        String legalProvision, String severity, String measure, LocalDate rectificationDeadline) {

    public CreditEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        categories = categories == null ? null : List.copyOf(categories);
    }

    /** An approved inspection's result, dated on the day the result was produced; categories in item order, each once. */
    public static CreditEntry inspectionResult(String eventId, String inspectionId, String taskId, String taskName, String taskType,
            List<String> itemCategories, LocalDate resultDate) {
        return new CreditEntry(eventId, EntryKind.INSPECTION_RESULT, resultDate, inspectionId, taskId, taskName, taskType,
                itemCategories.stream().distinct().toList(), null, null, null, null, null, null, null, null);
    }

    /** A violation, dated on the day it was found. */
    public static CreditEntry violation(String eventId, String violationId, String inspectionId, String taskId, String department,
            String checkItem, String category, String legalProvision, String severity, String measure, LocalDate rectificationDeadline,
            LocalDate foundOn) {
        return new CreditEntry(eventId, EntryKind.VIOLATION, foundOn, inspectionId, taskId, null, null, null, violationId, department,
                checkItem, category, legalProvision, severity, measure, rectificationDeadline);
    }
}
