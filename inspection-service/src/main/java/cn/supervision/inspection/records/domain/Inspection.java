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
 * A follow-up (定向) record is opened the same way, marked by its task type and the credit follow-up it answers.
 * <p>
 * Immutable: every change returns a new record, or this same instance when nothing changes (so the caller stores
 * nothing on a repeated request).
 */
public record Inspection(String id, String taskId, String taskName, TaskType taskType, String initiatingDepartment, String objectId,
        String uscc, String objectName, String objectType, List<AssignedItem> checkItems, List<AssignedInspector> inspectors,
        LocalDate dueDate, InspectionStatus status, List<ItemResult> results, List<Review> reviews, LocalDate resultDate,
        String followUpId, Notice notice, LocalDate visitedOn, OutcomeDeclaration outcome, List<Evidence> evidence) {

    private static final int MAX_TEXT = 2000;

    public Inspection {
        checkItems = List.copyOf(checkItems);
        inspectors = inspectors == null ? List.of() : List.copyOf(inspectors);
        results = results == null ? List.of() : List.copyOf(results);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        taskType = taskType == null ? TaskType.RANDOM : taskType;
    }

    /** The record id: deterministic, so that one task can open only one record per object. */
    public static String idOf(String taskId, String objectId) {
        return taskId + "/" + objectId;
    }

    public static Inspection open(String taskId, String taskName, TaskType taskType, String initiatingDepartment, String objectId, String uscc,
            String objectName, String objectType, List<AssignedItem> checkItems, List<AssignedInspector> inspectors, LocalDate dueDate) {
        return open(taskId, taskName, taskType, initiatingDepartment, objectId, uscc, objectName, objectType, checkItems, inspectors, dueDate, null);
    }

    /** Opens the record for one drawn object; the arguments come from the draw and are checked for completeness only. */
    public static Inspection open(String taskId, String taskName, TaskType taskType, String initiatingDepartment, String objectId, String uscc,
            String objectName, String objectType, List<AssignedItem> checkItems, List<AssignedInspector> inspectors, LocalDate dueDate,
            String followUpId) {
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
                checkItems, inspectors, dueDate, InspectionStatus.ASSIGNED, List.of(), List.of(), null, blank(followUpId) ? null : followUpId,
                null, null, null, List.of());
    }

    /** The same record with a new workflow state and results; everything drawn stays as it was. */
    private Inspection with(InspectionStatus status, List<ItemResult> results, List<Review> reviews, LocalDate resultDate, Notice notice,
            LocalDate visitedOn, OutcomeDeclaration outcome, List<Evidence> evidence) {
        return new Inspection(id, taskId, taskName, taskType, initiatingDepartment, objectId, uscc, objectName, objectType, checkItems, inspectors,
                dueDate, status, results, reviews, resultDate, followUpId, notice, visitedOn, outcome, evidence);
    }

    /** One of this record's inspectors, or a 422 naming {@code field}. */
    public AssignedInspector inspector(String inspectorId, String field) {
        if (blank(inspectorId)) {
            throw ProblemException.invalid(field, "is required");
        }
        return inspectors.stream().filter(i -> i.inspectorId().equals(inspectorId)).findFirst()
                .orElseThrow(() -> ProblemException.ruleViolated(field, "inspector " + inspectorId + " is not assigned to inspection " + id));
    }

    private void requireOpen(String what) {
        if (!status.open()) {
            throw ProblemException.conflict("status", "inspection " + id + " is " + status + "; " + what + " is possible only before it is"
                    + " submitted, or after the reviewer returns it");
        }
    }

    /**
     * 检查通知: an inspector tells the business of the visit and what to prepare. Optional; only before the visit.
     *
     * @throws ProblemException 400 without what to prepare or with a visit before the notice, 409 once the visit started
     */
    public Inspection notifyBusiness(String inspectorId, LocalDate noticeDate, LocalDate visitDate, String toPrepare, LocalDate today) {
        inspector(inspectorId, "inspectorId");
        if (blank(toPrepare)) {
            throw ProblemException.invalid("toPrepare", "is required: what the business must have ready (documents, site access, persons)");
        }
        if (toPrepare.length() > MAX_TEXT) {
            throw ProblemException.invalid("toPrepare", "at most " + MAX_TEXT + " characters");
        }
        LocalDate given = noticeDate == null ? today : noticeDate;
        if (visitDate != null && visitDate.isBefore(given)) {
            throw ProblemException.invalid("visitDate", "must not be before the notice date " + given);
        }
        Notice next = new Notice(inspectorId, given, visitDate, toPrepare.strip());
        if (next.equals(notice)) {
            return this;
        }
        if (status != InspectionStatus.ASSIGNED && status != InspectionStatus.NOTIFIED) {
            throw ProblemException.conflict("status", "inspection " + id + " is " + status + "; the business is notified before the visit");
        }
        return with(InspectionStatus.NOTIFIED, results, reviews, resultDate, next, visitedOn, outcome, evidence);
    }

    /** 进场检查: the team arrived; the record is in progress from that day (the day of the visit in the result). */
    public Inspection startVisit(String inspectorId, LocalDate on, LocalDate today) {
        inspector(inspectorId, "inspectorId");
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today)) {
            throw ProblemException.invalid("visitedOn", "must not be in the future");
        }
        if (day.equals(visitedOn) && status != InspectionStatus.ASSIGNED && status != InspectionStatus.NOTIFIED) {
            return this;
        }
        requireOpen("starting the visit");
        InspectionStatus next = status == InspectionStatus.ASSIGNED || status == InspectionStatus.NOTIFIED ? InspectionStatus.IN_PROGRESS : status;
        return with(next, results, reviews, resultDate, notice, day, outcome, evidence);
    }

    public Inspection enterResults(String inspectorId, List<ResultEntry> entries, LocalDate today) {
        return enterResults(inspectorId, entries, today, false);
    }

    /**
     * An assigned inspector enters results for items of their own department. When every item of the record has a result
     * the record is submitted for review, unless the entry is a draft (then {@link #submit} does it). Entering exactly
     * what is stored already changes nothing. Entering results after a side path was declared withdraws it.
     *
     * @throws ProblemException 400 for a malformed item, 422 for an inspector or item outside the record, 409 when
     *                          the record is awaiting review or completed and the results differ from the stored ones
     */
    public Inspection enterResults(String inspectorId, List<ResultEntry> entries, LocalDate today, boolean draft) {
        AssignedInspector inspector = inspector(inspectorId, "inspectorId");
        if (entries == null || entries.isEmpty()) {
            throw ProblemException.invalid("items", "at least one item result is required");
        }
        List<ItemResult> entered = readEntries(entries, inspector, today);

        Map<String, ItemResult> merged = new LinkedHashMap<>();
        if (outcome == null) {
            results.forEach(r -> merged.put(r.checkItem(), r));
        }
        boolean changed = outcome != null;
        for (ItemResult result : entered) {
            if (!result.sameResultAs(merged.get(result.checkItem()))) {
                merged.put(result.checkItem(), result);
                changed = true;
            }
        }
        if (!status.open()) {
            if (!changed) {
                return this;
            }
            throw ProblemException.conflict("status", "inspection " + id + " is " + status
                    + (status == InspectionStatus.SUBMITTED ? ": results can be changed only after the reviewer returns it" : ": results are final"));
        }
        List<ItemResult> ordered = checkItems.stream().map(item -> merged.get(item.checkItem())).filter(Objects::nonNull).toList();
        InspectionStatus next = ordered.size() == checkItems.size() && !draft ? InspectionStatus.SUBMITTED : InspectionStatus.IN_PROGRESS;
        if (!changed && next == status) {
            return this;
        }
        return with(next, ordered, reviews, resultDate, notice, visitedOn, null, evidence);
    }

    /**
     * 提交审核: sends the results to the reviewer. Every item needs a result. Submitting what is already submitted changes nothing.
     *
     * @throws ProblemException 422 naming the items without a result, 409 once completed
     */
    public Inspection submit(String inspectorId) {
        inspector(inspectorId, "inspectorId");
        if (status == InspectionStatus.SUBMITTED) {
            return this;
        }
        requireOpen("submission");
        List<String> missing = missingItems();
        if (!missing.isEmpty()) {
            throw ProblemException.ruleViolated("items", "no result yet for check item(s) " + missing + "; every department enters its items first");
        }
        return with(InspectionStatus.SUBMITTED, results, reviews, resultDate, notice, visitedOn, outcome, evidence);
    }

    /**
     * The visit ended on a side path (refused, not reachable, closed, deregistered, no such activity): every item gets the
     * matching result category, and the record goes to review. Any assigned inspector may declare it: it concerns the
     * one visit of all departments.
     *
     * @throws ProblemException 400 for an unknown outcome or no reason, 409 when submitted with another outcome or completed
     */
    public Inspection declareOutcome(String inspectorId, String outcomeName, String reason, LocalDate today) {
        inspector(inspectorId, "inspectorId");
        VisitOutcome kind = parse(VisitOutcome.class, outcomeName);
        if (kind == null) {
            throw ProblemException.invalid("outcome", "unknown outcome '" + outcomeName + "'; allowed: " + names(VisitOutcome.values()));
        }
        if (blank(reason)) {
            throw ProblemException.invalid("reason", "is required: what the inspectors found at the address");
        }
        if (reason.length() > MAX_TEXT) {
            throw ProblemException.invalid("reason", "at most " + MAX_TEXT + " characters");
        }
        if (outcome != null && outcome.outcome() == kind && outcome.reason().equals(reason.strip()) && !status.open()) {
            return this;
        }
        requireOpen("declaring how the visit ended");
        LocalDate day = visitedOn != null ? visitedOn : today;
        List<ItemResult> all = checkItems.stream().map(item -> new ItemResult(item.department(), item.checkItem(), kind.category(),
                List.of(InspectionMethod.ON_SITE), reason.strip(), null, inspectorId, day)).toList();
        return with(InspectionStatus.SUBMITTED, all, reviews, resultDate, notice, visitedOn, new OutcomeDeclaration(kind, reason.strip(), inspectorId, day),
                evidence);
    }

    /**
     * Attaches evidence stored already. The same content under the same name again changes nothing.
     *
     * @throws ProblemException 422 for an uploader not assigned to the record, 409 once completed
     */
    public Inspection addEvidence(Evidence added) {
        inspector(added.uploadedBy(), "uploadedBy");
        if (evidenceLike(added.sha256(), added.fileName()) != null) {
            return this;
        }
        if (status == InspectionStatus.COMPLETED) {
            throw ProblemException.conflict("status", "inspection " + id + " is completed; its evidence is final");
        }
        List<Evidence> all = new ArrayList<>(evidence);
        all.add(added);
        return with(status, results, reviews, resultDate, notice, visitedOn, outcome, all);
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
                    parse(FollowUpMeasure.class, v.measure()), v.rectificationDeadline(),
                    blank(v.referredTo()) ? null : v.referredTo().strip());
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
        return with(next, results, trail, decision == ReviewDecision.APPROVE ? today : null, notice, visitedOn, outcome, evidence);
    }

    /** The departments taking part, initiating department's items first as the draw listed them. */
    public List<String> departments() {
        return checkItems.stream().map(AssignedItem::department).distinct().toList();
    }

    /** The day of the visit: as recorded when it started, else the first entry of the current results (corrections do not move it). */
    public LocalDate inspectedOn() {
        if (visitedOn != null) {
            return visitedOn;
        }
        return results.stream().map(ItemResult::enteredOn).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    /** Check items that have no result yet, in the draw's order. */
    public List<String> missingItems() {
        Set<String> entered = results.stream().map(ItemResult::checkItem).collect(Collectors.toSet());
        return checkItems.stream().map(AssignedItem::checkItem).filter(c -> !entered.contains(c)).toList();
    }

    /** A follow-up (定向) inspection is never random; it answers credit's rectification follow-up {@link #followUpId()}. */
    public boolean random() {
        return taskType == TaskType.RANDOM;
    }

    /** The departments of the results with a given category, e.g. who recorded a refusal. */
    public List<ItemResult> resultsOf(ResultCategory category) {
        return results.stream().filter(r -> r.category() == category).toList();
    }

    /** Evidence already attached with this content and name (the same upload repeated), or null. */
    public Evidence evidenceLike(String sha256, String fileName) {
        return evidence.stream().filter(e -> e.sha256().equals(sha256) && e.fileName().equals(fileName)).findFirst().orElse(null);
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
