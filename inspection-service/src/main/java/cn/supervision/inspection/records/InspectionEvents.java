package cn.supervision.inspection.records;

import java.util.List;

import cn.supervision.inspection.records.domain.Inspection;
import cn.supervision.inspection.records.domain.ItemResult;

/** The bodies of the events inspection-service publishes on {@code inspection.results}, exactly as their contracts define them. */
final class InspectionEvents {

    static final String TOPIC = "inspection.results";
    static final String COMPLETED = "inspection.InspectionCompleted.v1";
    static final String VIOLATION_FOUND = "inspection.ViolationFound.v1";

    private InspectionEvents() {
    }

    record InspectionCompleted(String inspectionId, String taskId, String taskName, String taskType, String objectId, String uscc,
            String objectName, List<String> departments, List<Item> items, String inspectedOn, String resultDate, String publicSummary) {
    }

    record Item(String department, String checkItem, String category, List<String> methods) {
    }

    record ViolationFound(String violationId, String inspectionId, String taskId, String objectId, String uscc, String objectName,
            String department, String checkItem, String category, String legalProvision, String severity, String measure,
            String rectificationDeadline, String foundOn) {
    }

    static InspectionCompleted completed(Inspection i) {
        List<Item> items = i.results().stream().map(r -> new Item(r.department(), r.checkItem(), r.category().code(),
                r.methods().stream().map(Enum::name).toList())).toList();
        return new InspectionCompleted(i.id(), i.taskId(), i.taskName(), i.taskType().name(), i.objectId(), i.uscc(), i.objectName(),
                i.departments(), items, String.valueOf(i.inspectedOn()), String.valueOf(i.resultDate()), i.publicSummary());
    }

    static ViolationFound violationFound(Inspection i, ItemResult r) {
        return new ViolationFound(i.violationId(r), i.id(), i.taskId(), i.objectId(), i.uscc(), i.objectName(), r.department(), r.checkItem(),
                r.category().code(), r.violation().legalProvision(), r.violation().severity().name(), r.violation().measure().name(),
                r.violation().rectificationDeadline() == null ? null : r.violation().rectificationDeadline().toString(),
                String.valueOf(r.enteredOn()));
    }
}
