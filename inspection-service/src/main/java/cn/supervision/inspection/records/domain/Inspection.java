package cn.supervision.inspection.records.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;

/**
 * 检查记录: one visit to one object for one task. A joint task is still one record and one visit ("进一次门、查多项事"):
 * it carries every department's check items and inspectors, and each department enters its own items' results.
 * <p>
 * Immutable: every change returns a new record, or this same instance when nothing changes (so the caller stores
 * nothing on a repeated request).
 */
public record Inspection(String id, String taskId, String taskName, TaskType taskType, String initiatingDepartment, String objectId,
        String uscc, String objectName, String objectType, List<AssignedItem> checkItems, List<AssignedInspector> inspectors,
        LocalDate dueDate, InspectionStatus status, List<ItemResult> results, List<Review> reviews, LocalDate resultDate) {

    public Inspection {
        checkItems = List.copyOf(checkItems);
        inspectors = inspectors == null ? List.of() : List.copyOf(inspectors);
        results = results == null ? List.of() : List.copyOf(results);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** The record id: deterministic, so that one task can open only one record per object. */
    public static String idOf(String taskId, String objectId) {
        return taskId + "/" + objectId;
    }

    /** Opens the record for one drawn object; the arguments come from the draw and are checked for completeness only. */
    public static Inspection open(String taskId, String taskName, TaskType taskType, String initiatingDepartment, String objectId, String uscc,
            String objectName, String objectType, List<AssignedItem> checkItems, List<AssignedInspector> inspectors, LocalDate dueDate) {
        if (blank(taskId) || taskId.contains("/")) {
            throw new IllegalArgumentException("taskId must be present and must not contain '/'");
        }
        if (blank(objectId) || objectId.contains("/")) {
            throw new IllegalArgumentException("objectId must be present and must not contain '/'");
        }
        if (taskType == null || blank(objectName)) {
            throw new IllegalArgumentException("taskType and objectName are required");
        }
        if (checkItems == null || checkItems.isEmpty()) {
            throw new IllegalArgumentException("a record needs at least one check item");
        }
        Set<String> codes = new HashSet<>();
        for (AssignedItem item : checkItems) {
            if (item == null || blank(item.checkItem()) || blank(item.department()) || !codes.add(item.checkItem())) {
                throw new IllegalArgumentException("every check item needs a code and a department, and appears once");
            }
        }
        for (AssignedInspector inspector : inspectors == null ? List.<AssignedInspector>of() : inspectors) {
            if (inspector == null || blank(inspector.inspectorId()) || blank(inspector.department())) {
                throw new IllegalArgumentException("every inspector needs an id and a department");
            }
        }
        return new Inspection(idOf(taskId, objectId), taskId, taskName, taskType, initiatingDepartment, objectId, uscc, objectName, objectType,
                checkItems, inspectors, dueDate, InspectionStatus.ASSIGNED, List.of(), List.of(), null);
    }

    /**
     * An assigned inspector enters results for items of their own department. When every item of the record has a result
     * the record is submitted for review. Entering exactly what is stored already changes nothing.
     *
     * @throws ProblemException 400 for a malformed item, 422 for an inspector or item outside the record, 409 when
     *                          the record is awaiting review or completed and the results differ from the stored ones
     */
    public Inspection enterResults(String inspectorId, List<ResultEntry> entries, LocalDate today) {
        AssignedInspector inspector = inspectors.stream().filter(i -> i.inspectorId().equals(inspectorId)).findFirst()
                .orElseThrow(() -> ProblemException.ruleViolated("inspectorId",
                        "inspector " + inspectorId + " is not assigned to inspection " + id));
        if (entries == null || entries.isEmpty()) {
            throw ProblemException.invalid("items", "at least one item result is required");
        }
        List<ItemResult> entered = readEntries(entries, inspector, today);

        Map<String, ItemResult> merged = new LinkedHashMap<>();
        results.forEach(r -> merged.put(r.checkItem(), r));
        boolean changed = false;
        for (ItemResult result : entered) {
            if (!result.sameResultAs(merged.get(result.checkItem()))) {
                merged.put(result.checkItem(), result);
                changed = true;
            }
        }
        if (status == InspectionStatus.SUBMITTED || status == InspectionStatus.COMPLETED) {
            if (!changed) {
                return this;
            }
            throw ProblemException.conflict("status", "inspection " + id + " is " + status
                    + (status == InspectionStatus.SUBMITTED ? ": results can be changed only after the reviewer returns it" : ": results are final"));
        }
        List<ItemResult> ordered = checkItems.stream().map(item -> merged.get(item.checkItem())).filter(Objects::nonNull).toList();
        InspectionStatus next = ordered.size() == checkItems.size() ? InspectionStatus.SUBMITTED : InspectionStatus.IN_PROGRESS;
        if (!changed && next == status) {
            return this;
        }
        return new Inspection(id, taskId, taskName, taskType, initiatingDepartment, objectId, uscc, objectName, objectType, checkItems, inspectors,
                dueDate, next, ordered, reviews, resultDate);
    }

    private List<ItemResult> readEntries(List<ResultEntry> entries, AssignedInspector inspector, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "items[" + i + "]";
            ResultEntry entry = entries.get(i);
            if (entry == null) {
                problems.add(new FieldProblem(at, "is required"));
                continue;
            }
            if (blank(entry.checkItem())) {
                problems.add(new FieldProblem(at + ".checkItem", "is required"));
            } else if (!seen.add(entry.checkItem())) {
                problems.add(new FieldProblem(at + ".checkItem", "check item " + entry.checkItem() + " is entered twice"));
            }
            ResultCategory category = ResultCategory.ofCode(entry.category());
            if (category == null) {
                problems.add(new FieldProblem(at + ".category", "unknown result category '" + entry.category() + "'; allowed: " + ResultCategory.CODES));
            }
            if (entry.methods() == null || entry.methods().isEmpty()) {
                problems.add(new FieldProblem(at + ".methods", "at least one method is required; allowed: " + names(InspectionMethod.values())));
            } else {
                for (int j = 0; j < entry.methods().size(); j++) {
                    if (parse(InspectionMethod.class, entry.methods().get(j)) == null) {
                        problems.add(new FieldProblem(at + ".methods[" + j + "]",
                                "unknown method '" + entry.methods().get(j) + "'; allowed: " + names(InspectionMethod.values())));
                    }
                }
            }
            checkViolation(at, category, entry.violation(), today, problems);
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        List<ItemResult> results = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ResultEntry entry = entries.get(i);
            String field = "items[" + i + "].checkItem";
            AssignedItem assigned = checkItems.stream().filter(item -> item.checkItem().equals(entry.checkItem())).findFirst()
                    .orElseThrow(() -> ProblemException.ruleViolated(field,
                            "check item " + entry.checkItem() + " is not part of inspection " + id));
            if (!assigned.department().equals(inspector.department())) {
                throw ProblemException.ruleViolated(field, "check item " + entry.checkItem() + " belongs to department " + assigned.department()
                        + "; inspector " + inspector.inspectorId() + " of " + inspector.department() + " may enter only that department's items");
            }
            List<InspectionMethod> methods = new ArrayList<>(new LinkedHashSet<>(entry.methods().stream()
                    .map(m -> parse(InspectionMethod.class, m)).toList()));
            ResultEntry.ViolationEntry v = entry.violation();
            Violation violation = v == null ? null : new Violation(v.legalProvision().strip(), parse(Severity.class, v.severity()),
                    parse(FollowUpMeasure.class, v.measure()), v.rectificationDeadline());
            String findings = blank(entry.findings()) ? null : entry.findings().strip();
            results.add(new ItemResult(assigned.department(), assigned.checkItem(), ResultCategory.ofCode(entry.category()), methods, findings,
                    violation, inspector.inspectorId(), today));
        }
        return results;
    }

    private static void checkViolation(String at, ResultCategory category, ResultEntry.ViolationEntry violation, LocalDate today,
            List<FieldProblem> problems) {
        if (category != null && violation == null && category.violation() == ResultCategory.Violation.REQUIRED) {
            problems.add(new FieldProblem(at + ".violation", "is required for category " + category.code() + " (" + category.chineseName()
                    + "): the legal provision, severity and measure"));
        }
        if (category != null && violation != null && category.violation() == ResultCategory.Violation.FORBIDDEN) {
            problems.add(new FieldProblem(at + ".violation", "is not allowed for category " + category.code() + " (" + category.chineseName() + ")"));
        }
        if (violation == null) {
            return;
        }
        if (blank(violation.legalProvision())) {
            problems.add(new FieldProblem(at + ".violation.legalProvision", "is required: the legal provision that was violated"));
        }
        if (parse(Severity.class, violation.severity()) == null) {
            problems.add(new FieldProblem(at + ".violation.severity",
                    "unknown severity '" + violation.severity() + "'; allowed: " + names(Severity.values())));
        }
        FollowUpMeasure measure = parse(FollowUpMeasure.class, violation.measure());
        if (measure == null) {
            problems.add(new FieldProblem(at + ".violation.measure",
                    "unknown measure '" + violation.measure() + "'; allowed: " + names(FollowUpMeasure.values())));
        }
        if (measure == FollowUpMeasure.RECTIFICATION_ORDER && violation.rectificationDeadline() == null) {
            problems.add(new FieldProblem(at + ".violation.rectificationDeadline", "is required with a rectification order"));
        }
        if (violation.rectificationDeadline() != null && violation.rectificationDeadline().isBefore(today)) {
            problems.add(new FieldProblem(at + ".violation.rectificationDeadline", "must not be in the past"));
        }
    }

    /**
     * A reviewer who is not one of the record's inspectors approves or returns the submitted results. Approval produces
     * the result ({@code resultDate} = today). Repeating an approval already given by the same reviewer changes nothing.
     *
     * @throws ProblemException 400 for a missing decision or reason, 422 for a reviewer who inspected, 409 unless submitted
     */
    public Inspection review(String reviewerId, ReviewDecision decision, String reason, Instant at, LocalDate today) {
        if (blank(reviewerId)) {
            throw ProblemException.invalid("reviewerId", "is required");
        }
        if (decision == null) {
            throw ProblemException.invalid("decision", "is required: APPROVE or RETURN");
        }
        if (decision == ReviewDecision.RETURN && blank(reason)) {
            throw ProblemException.invalid("reason", "is required when results are returned: say what must be corrected");
        }
        if (inspectors.stream().anyMatch(i -> i.inspectorId().equals(reviewerId))) {
            throw ProblemException.ruleViolated("reviewerId", "reviewer " + reviewerId + " is one of the inspectors of " + id
                    + " and may not review their own results");
        }
        if (status == InspectionStatus.COMPLETED && decision == ReviewDecision.APPROVE && !reviews.isEmpty()
                && reviews.get(reviews.size() - 1).reviewerId().equals(reviewerId)) {
            return this;
        }
        if (status != InspectionStatus.SUBMITTED) {
            throw ProblemException.conflict("status", "inspection " + id + " is " + status + "; only submitted results can be reviewed");
        }
        List<Review> trail = new ArrayList<>(reviews);
        trail.add(new Review(reviewerId, decision, blank(reason) ? null : reason.strip(), at));
        InspectionStatus next = decision == ReviewDecision.APPROVE ? InspectionStatus.COMPLETED : InspectionStatus.RETURNED;
        return new Inspection(id, taskId, taskName, taskType, initiatingDepartment, objectId, uscc, objectName, objectType, checkItems, inspectors,
                dueDate, next, results, trail, decision == ReviewDecision.APPROVE ? today : null);
    }

    /** The departments taking part, initiating department's items first as the draw listed them. */
    public List<String> departments() {
        return checkItems.stream().map(AssignedItem::department).distinct().toList();
    }

    /** The day the results were entered: the first entry of the current results (corrections do not move the visit). */
    public LocalDate inspectedOn() {
        return results.stream().map(ItemResult::enteredOn).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    /** The results that come with a violation. */
    public List<ItemResult> violations() {
        return results.stream().filter(r -> r.violation() != null).toList();
    }

    /** Violation id: one per check item of one inspection. */
    public String violationId(ItemResult result) {
        return id + "/" + result.checkItem();
    }

    /** 公示摘要: one short Chinese phrase per item, e.g. {@code JZ-001：未发现问题；ZA-001：发现问题待后续处理}. */
    public String publicSummary() {
        return results.stream().map(r -> r.checkItem() + "：" + r.category().chineseName()).collect(Collectors.joining("；"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList().toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
