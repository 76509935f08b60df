package cn.supervision.inspection.records.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The result of one check item, with who entered it and when. */
public record ItemResult(String department, String checkItem, ResultCategory category, List<InspectionMethod> methods, String findings,
        Violation violation, String enteredBy, LocalDate enteredOn) {

    public ItemResult {
        methods = methods == null ? List.of() : List.copyOf(methods);
    }

    /** Same result, whoever entered it and whenever: re-entering it changes nothing. */
    boolean sameResultAs(ItemResult other) {
        return other != null && department.equals(other.department) && checkItem.equals(other.checkItem) && category == other.category
                && methods.equals(other.methods) && Objects.equals(findings, other.findings) && Objects.equals(violation, other.violation);
    }
}
