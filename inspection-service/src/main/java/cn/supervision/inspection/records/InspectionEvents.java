package cn.supervision.inspection.records;

import java.time.LocalDate;
import java.util.List;

import cn.supervision.inspection.records.domain.FollowUpMeasure;
import cn.supervision.inspection.records.domain.Inspection;
import cn.supervision.inspection.records.domain.ItemResult;
import cn.supervision.inspection.records.domain.ResultCategory;
import cn.supervision.inspection.records.domain.VisitOutcome;
import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.outbox.OutboxDocument;

/** The bodies of the events inspection-service publishes on {@code inspection.results}, exactly as their contracts define them. */
final class InspectionEvents {

    static final String TOPIC = "inspection.results";
    static final String COMPLETED = "inspection.InspectionCompleted.v1";
    static final String VIOLATION_FOUND = "inspection.ViolationFound.v1";
    static final String REFUSED = "inspection.InspectionRefused.v1";
    static final String CRIMINAL_REFERRAL = "inspection.CriminalReferralMade.v1";
    /** Said of a refusal recorded per item without a reason of its own. */
    static final String DEFAULT_REFUSAL_REASON = "不配合检查";

    private InspectionEvents() {
    }

    record InspectionCompleted(String inspectionId, String taskId, String taskName, String taskType, String objectId, String uscc,
            String objectName, List<String> departments, List<Item> items, String inspectedOn, String resultDate, String publicSummary,
            String followUpId, String outcome) {
    }

    record Item(String department, String checkItem, String category, List<String> methods) {
    }

    record ViolationFound(String violationId, String inspectionId, String taskId, String objectId, String uscc, String objectName,
            String department, String checkItem, String category, String legalProvision, String severity, String measure,
            String rectificationDeadline, String foundOn, String followUpId) {
    }

    record InspectionRefused(String inspectionId, String taskId, String taskType, String objectId, String uscc, String objectName,
            List<String> departments, String category, String reason, String refusedOn, String resultDate, String followUpId) {
    }

    record CriminalReferralMade(String inspectionId, String violationId, String taskId, String objectId, String uscc, String objectName,
            String department, String checkItem, String legalProvision, String referredTo, String referredOn) {
    }

    /** Records, with the approving write, every event the approved record causes: completed, then violations, referrals, refusal. */
    static void recordApproval(OutboxDocument document, EventFactory events, Inspection approved) {
        String key = approved.objectId();
        document.recordEvent(events.create(TOPIC, COMPLETED, key, completed(approved)));
        for (ItemResult violation : approved.violations()) {
            document.recordEvent(events.create(TOPIC, VIOLATION_FOUND, key, violationFound(approved, violation)));
            if (violation.violation().measure() == FollowUpMeasure.CRIMINAL_REFERRAL) {
                document.recordEvent(events.create(TOPIC, CRIMINAL_REFERRAL, key, criminalReferral(approved, violation)));
            }
        }
        if (!approved.resultsOf(ResultCategory.REFUSED_TO_COOPERATE).isEmpty()) {
            document.recordEvent(events.create(TOPIC, REFUSED, key, refused(approved)));
        }
    }

    static InspectionCompleted completed(Inspection i) {
        List<Item> items = i.results().stream().map(r -> new Item(r.department(), r.checkItem(), r.category().code(),
                r.methods().stream().map(Enum::name).toList())).toList();
        return new InspectionCompleted(i.id(), i.taskId(), i.taskName(), i.taskType().name(), i.objectId(), i.uscc(), i.objectName(),
                i.departments(), items, String.valueOf(i.inspectedOn()), String.valueOf(i.resultDate()), i.publicSummary(), i.followUpId(),
                i.outcome() == null ? null : i.outcome().outcome().name());
    }

    static ViolationFound violationFound(Inspection i, ItemResult r) {
        return new ViolationFound(i.violationId(r), i.id(), i.taskId(), i.objectId(), i.uscc(), i.objectName(), r.department(), r.checkItem(),
                r.category().code(), r.violation().legalProvision(), r.violation().severity().name(), r.violation().measure().name(),
                date(r.violation().rectificationDeadline()), String.valueOf(r.enteredOn()), i.followUpId());
    }

    static CriminalReferralMade criminalReferral(Inspection i, ItemResult r) {
        return new CriminalReferralMade(i.id(), i.violationId(r), i.taskId(), i.objectId(), i.uscc(), i.objectName(), r.department(),
                r.checkItem(), r.violation().legalProvision(), r.violation().referredTo(), String.valueOf(i.resultDate()));
    }

    /** The refusal: the reason and day of the declared side path, else of the first item recorded as refused. */
    static InspectionRefused refused(Inspection i) {
        String reason;
        LocalDate on;
        if (i.outcome() != null && i.outcome().outcome() == VisitOutcome.REFUSED) {
            reason = i.outcome().reason();
            on = i.outcome().on();
        } else {
            ItemResult first = i.resultsOf(ResultCategory.REFUSED_TO_COOPERATE).get(0);
            reason = first.findings() == null ? DEFAULT_REFUSAL_REASON : first.findings();
            on = first.enteredOn();
        }
        return new InspectionRefused(i.id(), i.taskId(), i.taskType().name(), i.objectId(), i.uscc(), i.objectName(), i.departments(),
                ResultCategory.REFUSED_TO_COOPERATE.code(), reason, String.valueOf(on), String.valueOf(i.resultDate()), i.followUpId());
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
