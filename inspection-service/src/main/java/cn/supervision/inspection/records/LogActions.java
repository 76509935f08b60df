package cn.supervision.inspection.records;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import cn.supervision.inspection.records.domain.Evidence;
import cn.supervision.inspection.records.domain.Inspection;
import cn.supervision.inspection.records.domain.InspectionStatus;
import cn.supervision.inspection.records.domain.ItemResult;

/**
 * What goes into the full-process log for each change of a record. Entries are chained onto the record document, so
 * they are stored with the change in the same write. A changed result is a new entry pointing at the entry it corrects.
 */
final class LogActions {

    static final String OPENED = "OPENED";
    static final String NOTIFIED = "NOTIFIED";
    static final String VISIT_STARTED = "VISIT_STARTED";
    static final String RESULT_ENTERED = "RESULT_ENTERED";
    static final String RESULT_CORRECTED = "RESULT_CORRECTED";
    static final String OUTCOME_DECLARED = "OUTCOME_DECLARED";
    static final String OUTCOME_WITHDRAWN = "OUTCOME_WITHDRAWN";
    static final String EVIDENCE_ADDED = "EVIDENCE_ADDED";
    static final String SUBMITTED = "SUBMITTED";
    static final String RETURNED = "RETURNED";
    static final String APPROVED = "APPROVED";
    /** The actor of entries written on an event, not by a person. */
    static final String DRAW = "sampling-service";
    private static final String OUTCOME_REF = "#outcome";

    private LogActions() {
    }

    static void opened(InspectionDocument d, Inspection i, String eventId, Instant at) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("event", eventId);
        details.put("taskType", i.taskType().name());
        put(details, "followUpId", i.followUpId());
        details.put("checkItems", String.join(",", i.checkItems().stream().map(c -> c.department() + ":" + c.checkItem()).toList()));
        details.put("inspectors", String.join(",", i.inspectors().stream().map(x -> x.department() + ":" + x.inspectorId()).toList()));
        put(details, "dueDate", i.dueDate());
        d.log(OPENED, DRAW, at, details, null);
    }

    /** Logs whatever differs between the two states: notice, visit, results, side path, evidence, submission, review. */
    static void changed(InspectionDocument d, Inspection before, Inspection after, String actor, Instant at) {
        if (!Objects.equals(before.notice(), after.notice()) && after.notice() != null) {
            Map<String, String> details = new LinkedHashMap<>();
            put(details, "noticeDate", after.notice().noticeDate());
            put(details, "visitDate", after.notice().visitDate());
            details.put("toPrepare", after.notice().toPrepare());
            d.log(NOTIFIED, actor, at, details, null);
        }
        if (!Objects.equals(before.visitedOn(), after.visitedOn()) && after.visitedOn() != null) {
            d.log(VISIT_STARTED, actor, at, Map.of("visitedOn", after.visitedOn().toString()), null);
        }
        if (before.outcome() != null && after.outcome() == null) {
            d.log(OUTCOME_WITHDRAWN, actor, at, Map.of("outcome", before.outcome().outcome().name()), d.itemLogSeq(OUTCOME_REF));
        }
        if (after.outcome() != null && !after.outcome().equals(before.outcome())) {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("outcome", after.outcome().outcome().name());
            details.put("category", after.outcome().outcome().category().code());
            details.put("reason", after.outcome().reason());
            details.put("on", after.outcome().on().toString());
            long seq = d.log(OUTCOME_DECLARED, actor, at, details, d.itemLogSeq(OUTCOME_REF));
            d.itemLogged(OUTCOME_REF, seq);
            after.results().forEach(r -> d.itemLogged(r.checkItem(), seq));
        } else if (!before.results().equals(after.results())) {
            for (ItemResult result : after.results()) {
                ItemResult previous = before.results().stream().filter(r -> r.checkItem().equals(result.checkItem())).findFirst().orElse(null);
                if (result.equals(previous)) {
                    continue;
                }
                Long corrects = d.itemLogSeq(result.checkItem());
                long seq = d.log(corrects == null ? RESULT_ENTERED : RESULT_CORRECTED, actor, at, details(result), corrects);
                d.itemLogged(result.checkItem(), seq);
            }
        }
        for (Evidence e : after.evidence()) {
            if (!before.evidence().contains(e)) {
                Map<String, String> details = new LinkedHashMap<>();
                details.put("evidenceId", e.evidenceId());
                details.put("fileName", e.fileName());
                details.put("contentType", e.contentType());
                details.put("size", Long.toString(e.size()));
                details.put("sha256", e.sha256());
                put(details, "description", e.description());
                d.log(EVIDENCE_ADDED, actor, at, details, null);
            }
        }
        if (after.status() != before.status()) {
            switch (after.status()) {
                case SUBMITTED -> d.log(SUBMITTED, actor, at, Map.of("items", Integer.toString(after.results().size())), null);
                case RETURNED -> d.log(RETURNED, actor, at, Map.of("reason", after.reviews().get(after.reviews().size() - 1).reason()), null);
                case COMPLETED -> d.log(APPROVED, actor, at, Map.of("resultDate", after.resultDate().toString()), null);
                default -> {
                    if (before.status() == InspectionStatus.SUBMITTED) {
                        d.log(after.status().name(), actor, at, Map.of(), null);
                    }
                }
            }
        }
    }

    private static Map<String, String> details(ItemResult r) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("checkItem", r.checkItem());
        details.put("department", r.department());
        details.put("category", r.category().code());
        details.put("methods", String.join(",", r.methods().stream().map(Enum::name).toList()));
        put(details, "findings", r.findings());
        if (r.violation() != null) {
            details.put("legalProvision", r.violation().legalProvision());
            details.put("severity", r.violation().severity().name());
            details.put("measure", r.violation().measure().name());
            put(details, "rectificationDeadline", r.violation().rectificationDeadline());
            put(details, "referredTo", r.violation().referredTo());
        }
        return details;
    }

    private static void put(Map<String, String> details, String key, Object value) {
        if (value != null) {
            details.put(key, value.toString());
        }
    }
}
