package cn.supervision.inspection.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.supervision.inspection.records.domain.AssignedInspector;
import cn.supervision.inspection.records.domain.Inspection;
import cn.supervision.inspection.records.domain.ItemResult;

/** An inspection record as staff see it: every assigned check item with its result (null fields until entered). */
record InspectionView(String inspectionId, String taskId, String taskName, String taskType, String initiatingDepartment, String objectId,
        String uscc, String objectName, String objectType, String status, LocalDate dueDate, List<ItemView> items,
        List<AssignedInspector> inspectors, List<ReviewView> reviews, LocalDate inspectedOn, LocalDate resultDate) {

    record ItemView(String department, String checkItem, String category, String categoryName, List<String> methods, String findings,
            ViolationView violation, String enteredBy, LocalDate enteredOn) {
    }

    record ViolationView(String legalProvision, String severity, String measure, LocalDate rectificationDeadline) {
    }

    record ReviewView(String reviewerId, String decision, String reason, Instant at) {
    }

    static InspectionView of(Inspection i) {
        List<ItemView> items = i.checkItems().stream().map(item -> {
            ItemResult r = i.results().stream().filter(x -> x.checkItem().equals(item.checkItem())).findFirst().orElse(null);
            if (r == null) {
                return new ItemView(item.department(), item.checkItem(), null, null, List.of(), null, null, null, null);
            }
            ViolationView v = r.violation() == null ? null : new ViolationView(r.violation().legalProvision(), r.violation().severity().name(),
                    r.violation().measure().name(), r.violation().rectificationDeadline());
            return new ItemView(r.department(), r.checkItem(), r.category().code(), r.category().chineseName(),
                    r.methods().stream().map(Enum::name).toList(), r.findings(), v, r.enteredBy(), r.enteredOn());
        }).toList();
        List<ReviewView> reviews = i.reviews().stream().map(r -> new ReviewView(r.reviewerId(), r.decision().name(), r.reason(), r.at())).toList();
        return new InspectionView(i.id(), i.taskId(), i.taskName(), i.taskType().name(), i.initiatingDepartment(), i.objectId(), i.uscc(),
                i.objectName(), i.objectType(), i.status().name(), i.dueDate(), items, i.inspectors(), reviews, i.inspectedOn(), i.resultDate());
    }
}
