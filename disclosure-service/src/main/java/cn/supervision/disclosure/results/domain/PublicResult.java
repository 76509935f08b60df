package cn.supervision.disclosure.results.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 抽查结果公示: what the public sees of one inspection. Only what the rules publish: the task, the object, the
 * departments and the category per checked item, the dates. Never inspectors or other personal data.
 */
public record PublicResult(String inspectionId, String taskId, String taskName, String taskType, String objectId, String uscc,
        String objectName, List<String> departments, List<ItemResult> items, String publicSummary, LocalDate inspectedOn,
        LocalDate resultDate, LocalDate publishedOn, LocalDate disclosureDeadline, boolean deadlineUnknown, String sourceEventId) {

    public PublicResult {
        departments = departments == null ? List.of() : List.copyOf(departments);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The public record of an approved inspection, published on {@code today}, with its deadline from the calendar. */
    public static PublicResult publish(String inspectionId, String taskId, String taskName, String taskType, String objectId, String uscc,
            String objectName, List<String> departments, List<ItemResult> items, String publicSummary, LocalDate inspectedOn,
            LocalDate resultDate, LocalDate today, DisclosureDeadline deadline, String sourceEventId) {
        return new PublicResult(inspectionId, taskId, taskName, taskType, objectId, uscc, objectName, departments, items, publicSummary,
                inspectedOn, resultDate, today, deadline.due(), deadline.unknown(), sourceEventId);
    }

    /** Published later than the rules allow (only decidable when the deadline is known). */
    public boolean late() {
        return disclosureDeadline != null && publishedOn != null && publishedOn.isAfter(disclosureDeadline);
    }
}
