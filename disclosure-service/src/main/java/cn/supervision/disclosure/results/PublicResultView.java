package cn.supervision.disclosure.results;

import java.time.LocalDate;
import java.util.List;

import cn.supervision.disclosure.results.domain.ItemResult;
import cn.supervision.disclosure.results.domain.PublicResult;

/**
 * One result as the public sees it. {@code sourceEventId} names the event it was built from, so anyone can trace a
 * public record to its source; nothing about inspectors is here.
 */
public record PublicResultView(String inspectionId, String kind, String taskId, String taskName, String taskType, String objectId, String uscc,
        String objectName, List<String> departments, List<ItemResult> items, String publicSummary, LocalDate inspectedOn,
        LocalDate resultDate, LocalDate publishedOn, LocalDate disclosureDeadline, boolean deadlineUnknown, String sourceEventId) {

    public static PublicResultView of(PublicResult r) {
        return new PublicResultView(r.inspectionId(), r.kind(), r.taskId(), r.taskName(), r.taskType(), r.objectId(), r.uscc(), r.objectName(),
                r.departments(), r.items(), r.publicSummary(), r.inspectedOn(), r.resultDate(), r.publishedOn(), r.disclosureDeadline(),
                r.deadlineUnknown(), r.sourceEventId());
    }

    /** Whether the task was drawn at random (a follow-up inspection is targeted, 定向, and marked as such). */
    public boolean random() {
        return !"FOLLOW_UP".equals(taskType);
    }
}
