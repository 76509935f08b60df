package cn.supervision.inspection.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.supervision.inspection.records.domain.AssignedInspector;
import cn.supervision.inspection.records.domain.Evidence;
import cn.supervision.inspection.records.domain.Inspection;
import cn.supervision.inspection.records.domain.ItemResult;
import cn.supervision.inspection.records.domain.Notice;

/** An inspection record as staff see it: every assigned check item with its result (null fields until entered). */
record InspectionView(String inspectionId, String taskId, String taskName, String taskType, boolean random, String followUpId,
        String initiatingDepartment, String objectId, String uscc, String objectName, String objectType, String status, LocalDate dueDate,
        List<ItemView> items, List<String> missingItems, List<AssignedInspector> inspectors, Notice notice, LocalDate visitedOn,
        OutcomeView outcome, List<Evidence> evidence, List<ReviewView> reviews, LocalDate inspectedOn, LocalDate resultDate) {

    record ItemView(String department, String checkItem, String category, String categoryName, List<String> methods, String findings,
            ViolationView violation, String enteredBy, LocalDate enteredOn) {
    }

    record ViolationView(String legalProvision, String severity, String measure, LocalDate rectificationDeadline, String referredTo) {
    }

    record OutcomeView(String outcome, String category, String reason, String declaredBy, LocalDate on) {
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
                    r.violation().measure().name(), r.violation().rectificationDeadline(), r.violation().referredTo());
            return new ItemView(r.department(), r.checkItem(), r.category().code(), r.category().chineseName(),
                    r.methods().stream().map(Enum::name).toList(), r.findings(), v, r.enteredBy(), r.enteredOn());
        }).toList();
        List<ReviewView> reviews = i.reviews().stream().map(r -> new ReviewView(r.reviewerId(), r.decision().name(), r.reason(), r.at())).toList();
        OutcomeView outcome = i.outcome() == null ? null : new OutcomeView(i.outcome().outcome().name(), i.outcome().outcome().category().code(),
                i.outcome().reason(), i.outcome().declaredBy(), i.outcome().on());
        return new InspectionView(i.id(), i.taskId(), i.taskName(), i.taskType().name(), i.random(), i.followUpId(), i.initiatingDepartment(),
                i.objectId(), i.uscc(), i.objectName(), i.objectType(), i.status().name(), i.dueDate(), items, i.missingItems(), i.inspectors(),
                i.notice(), i.visitedOn(), outcome, i.evidence(), reviews, i.inspectedOn(), i.resultDate());
    }
}
