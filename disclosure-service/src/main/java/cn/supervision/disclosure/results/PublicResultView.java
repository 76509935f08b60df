package cn.supervision.disclosure.results;

import java.time.LocalDate;
import java.util.List;

import cn.supervision.disclosure.results.domain.ItemResult;
import cn.supervision.disclosure.results.domain.PublicResult;

/** One result as the public API shows it (no internal ids such as the source event). */
record PublicResultView(String inspectionId, String taskId, String taskName, String taskType, String objectId, String uscc,
        String objectName, List<String> departments, List<ItemResult> items, String publicSummary, LocalDate inspectedOn,
        LocalDate resultDate, LocalDate publishedOn, LocalDate disclosureDeadline, boolean deadlineUnknown) {

    static PublicResultView of(PublicResult r) {
        return new PublicResultView(r.inspectionId(), r.taskId(), r.taskName(), r.taskType(), r.objectId(), r.uscc(), r.objectName(),
                r.departments(), r.items(), r.publicSummary(), r.inspectedOn(), r.resultDate(), r.publishedOn(), r.disclosureDeadline(),
                r.deadlineUnknown());
    }
}
