package cn.supervision.disclosure.results.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 抽查结果公示: what the public sees of one inspection. Only what the rules publish: the task, the object, the
 * departments and the category per checked item, the dates. Never inspectors or other personal data. {@code kind} is
 * {@code INSPECTION}, or {@code REFUSAL} when the object refused the inspection (published as a result of its own).
 */
public record PublicResult(String inspectionId, String taskId, String taskName, String taskType, String objectId, String uscc,
        String objectName, List<String> departments, List<ItemResult> items, String publicSummary, LocalDate inspectedOn,
        LocalDate resultDate, LocalDate publishedOn, LocalDate disclosureDeadline, boolean deadlineUnknown, String sourceEventId, String kind) {

    public static final String INSPECTION = "INSPECTION";
    public static final String REFUSAL = "REFUSAL";

    public PublicResult {
        departments = departments == null ? List.of() : List.copyOf(departments);
        items = items == null ? List.of() : List.copyOf(items);
        kind = kind == null ? INSPECTION : kind;
        publicSummary = Redaction.publicText(publicSummary);
    }

    /** The public record of an approved inspection, published on {@code today}, with its deadline from the calendar. */
    public static PublicResult publish(String inspectionId, String taskId, String taskName, String taskType, String objectId, String uscc,
            String objectName, List<String> departments, List<ItemResult> items, String publicSummary, LocalDate inspectedOn,
            LocalDate resultDate, LocalDate today, DisclosureDeadline deadline, String sourceEventId, String kind) {
        return new PublicResult(inspectionId, taskId, taskName, taskType, objectId, uscc, objectName, departments, items, publicSummary,
                inspectedOn, resultDate, today, deadline.due(), deadline.unknown(), sourceEventId, kind);
    }

    /** This result as stored over an earlier version: the day it was first published stays. */
    public PublicResult firstPublishedOn(LocalDate firstPublished) {
        return new PublicResult(inspectionId, taskId, taskName, taskType, objectId, uscc, objectName, departments, items, publicSummary,
                inspectedOn, resultDate, firstPublished, disclosureDeadline, deadlineUnknown, sourceEventId, kind);
    }

    /** Published later than the rules allow (only decidable when the deadline is known). */
    public boolean late() {
        return disclosureDeadline != null && publishedOn != null && publishedOn.isAfter(disclosureDeadline);
    }

    /** The worst category found, for lists that show one (a refusal or a problem outweighs "no problem"). */
    public String mainCategory() {
        for (ItemResult item : items) {
            if (!ResultCategory.NO_PROBLEM.code().equals(item.category())) {
                return item.category();
            }
        }
        return items.isEmpty() ? null : items.get(0).category();
    }
}
