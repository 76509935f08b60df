package cn.supervision.credit.files.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.supervision.credit.rules.domain.Fact;
import cn.supervision.credit.rules.domain.FactKind;

/**
 * One entry of a credit file. {@code eventId} is the id of the event that produced it: an entry is added once per
 * event, however often the event is delivered. Fields that do not apply to the entry's kind are null.
 * {@code followUpId} is set when the entry answers a follow-up credit requested (a targeted re-inspection);
 * {@code rectificationWorkingDays} when the order counted its deadline in working days.
 */
public record CreditEntry(String eventId, EntryKind kind, LocalDate date, String inspectionId, String taskId, String taskName,
        String taskType, List<String> categories, String violationId, String department, String checkItem, String category,
        String legalProvision, String severity, String measure, LocalDate rectificationDeadline, String followUpId,
        List<String> departments, String reason, String referredTo, Integer rectificationWorkingDays) {

    public CreditEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        categories = categories == null ? null : List.copyOf(categories);
        departments = departments == null ? null : List.copyOf(departments);
    }

    /** An approved inspection's result, dated on the day the result was produced; categories in item order, each once. */
    public static CreditEntry inspectionResult(String eventId, String inspectionId, String taskId, String taskName, String taskType,
            List<String> itemCategories, LocalDate resultDate) {
        return inspectionResult(eventId, inspectionId, taskId, taskName, taskType, itemCategories, resultDate, null, null);
    }

    public static CreditEntry inspectionResult(String eventId, String inspectionId, String taskId, String taskName, String taskType,
            List<String> itemCategories, LocalDate resultDate, String followUpId, List<String> departments) {
        return new CreditEntry(eventId, EntryKind.INSPECTION_RESULT, resultDate, inspectionId, taskId, taskName, taskType,
                itemCategories.stream().distinct().toList(), null, null, null, null, null, null, null, null, followUpId, departments, null,
                null, null);
    }

    /** A violation, dated on the day it was found. */
    public static CreditEntry violation(String eventId, String violationId, String inspectionId, String taskId, String department,
            String checkItem, String category, String legalProvision, String severity, String measure, LocalDate rectificationDeadline,
            LocalDate foundOn) {
        return violation(eventId, violationId, inspectionId, taskId, department, checkItem, category, legalProvision, severity, measure,
                rectificationDeadline, foundOn, null, null);
    }

    public static CreditEntry violation(String eventId, String violationId, String inspectionId, String taskId, String department,
            String checkItem, String category, String legalProvision, String severity, String measure, LocalDate rectificationDeadline,
            LocalDate foundOn, String followUpId, Integer rectificationWorkingDays) {
        return new CreditEntry(eventId, EntryKind.VIOLATION, foundOn, inspectionId, taskId, null, null, null, violationId, department,
                checkItem, category, legalProvision, severity, measure, rectificationDeadline, followUpId, null, null, null,
                rectificationWorkingDays);
    }

    /** A refusal (category 8), dated on the day the result was produced. */
    public static CreditEntry refusal(String eventId, String inspectionId, String taskId, String taskType, List<String> departments,
            String reason, LocalDate resultDate, String followUpId) {
        return new CreditEntry(eventId, EntryKind.REFUSAL, resultDate, inspectionId, taskId, null, taskType, List.of("8"), null, null, null,
                "8", null, null, null, null, followUpId, departments, reason, null, null);
    }

    /** A criminal referral, dated on the day it was referred. */
    public static CreditEntry criminalReferral(String eventId, String inspectionId, String violationId, String taskId, String department,
            String checkItem, String legalProvision, String referredTo, LocalDate referredOn) {
        return new CreditEntry(eventId, EntryKind.CRIMINAL_REFERRAL, referredOn, inspectionId, taskId, null, null, null, violationId,
                department, checkItem, null, legalProvision, null, null, null, null, null, null, referredTo, null);
    }

    /** What the rules see of this entry. */
    public Fact fact() {
        List<String> cats = categories != null ? categories : category != null ? List.of(category) : List.of();
        return new Fact(FactKind.valueOf(kind.name()), date, severity, measure, cats, taskType, eventId, describe());
    }

    private String describe() {
        return switch (kind) {
            case INSPECTION_RESULT -> "检查结果 " + inspectionId;
            case VIOLATION -> "违法违规行为 " + checkItem + " " + (legalProvision == null ? "" : legalProvision);
            case REFUSAL -> "拒绝接受检查 " + (reason == null ? "" : reason);
            case CRIMINAL_REFERRAL -> "移送公安司法机关 " + (legalProvision == null ? "" : legalProvision);
        };
    }
}
