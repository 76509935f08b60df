package cn.supervision.registry.inspectors.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.registry.history.domain.Recorded;

/**
 * 执法检查人员: an enforcement inspector, identified by the enforcement certificate number.
 * {@code qualifications} name the object types and check-item codes the inspector may inspect. The status on a day
 * follows from the absences (on leave, transferred, retired) covering it; otherwise the inspector is active.
 * ID number and phone are stored here and nowhere else.
 */
public record Inspector(String certificateNumber, String name, String department, List<String> qualifications, String region,
        List<Absence> absences, List<ConflictOfInterest> conflicts, String idNumber, String phone) implements Recorded {

    public Inspector {
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
        absences = absences == null ? List.of() : absences.stream().sorted(Comparator.comparing(Absence::from)).toList();
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /** What staff say about an inspector; null = leave as it is. */
    public record Details(String name, String department, List<String> qualifications, String region, List<Absence> absences,
            List<ConflictOfInterest> conflicts, String idNumber, String phone) {
    }

    /** Known departments, regions and qualifications (object types and check-item codes). */
    public record Rules(Set<String> departments, Predicate<String> regions, Predicate<String> qualifications) {
    }

    public static Inspector enrol(String certificateNumber, Details d, Rules rules) {
        List<FieldProblem> problems = new ArrayList<>();
        String certificate = certificateNumber == null ? "" : certificateNumber.strip();
        if (!certificate.matches("[\\p{L}\\p{N}\\-_/()（）]{1,40}")) {
            problems.add(new FieldProblem("certificateNumber", "letters, digits and - _ / ( ) only, at most 40 (no spaces, commas or tabs)"));
        }
        if (d.name() == null) {
            problems.add(new FieldProblem("name", "is required"));
        }
        if (d.department() == null) {
            problems.add(new FieldProblem("department", "is required"));
        }
        Inspector blank = new Inspector(certificate, "", "", List.of(), null, List.of(), List.of(), null, null);
        problems.addAll(blank.problemsWith(d, rules));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return blank.amend(d, rules);
    }

    public Inspector amend(Details d, Rules rules) {
        List<FieldProblem> problems = problemsWith(d, rules);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return new Inspector(certificateNumber, d.name() != null ? d.name().strip() : name, d.department() != null ? d.department() : department,
                d.qualifications() != null ? d.qualifications() : qualifications,
                d.region() != null ? (d.region().isBlank() ? null : d.region()) : region, d.absences() != null ? d.absences() : absences,
                d.conflicts() != null ? d.conflicts().stream().map(c -> new ConflictOfInterest(c.objectId().strip(), c.reason().strip())).toList()
                        : conflicts,
                d.idNumber() != null ? (d.idNumber().isBlank() ? null : d.idNumber()) : idNumber,
                d.phone() != null ? (d.phone().isBlank() ? null : d.phone()) : phone);
    }

    private List<FieldProblem> problemsWith(Details d, Rules rules) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.name() != null && (d.name().isBlank() || d.name().length() > 50)) {
            problems.add(new FieldProblem("name", "must be 1 to 50 characters"));
        }
        if (d.department() != null && !rules.departments().contains(d.department())) {
            problems.add(new FieldProblem("department", "unknown department '" + d.department() + "'"));
        }
        if (d.qualifications() != null) {
            for (int i = 0; i < d.qualifications().size(); i++) {
                if (!rules.qualifications().test(d.qualifications().get(i))) {
                    problems.add(new FieldProblem("qualifications[" + i + "]", "'" + d.qualifications().get(i)
                            + "' is neither an object type nor the code of a check item"));
                }
            }
        }
        if (d.region() != null && !d.region().isBlank() && !rules.regions().test(d.region())) {
            problems.add(new FieldProblem("region", "unknown administrative division code '" + d.region() + "'"));
        }
        if (d.absences() != null) {
            for (int i = 0; i < d.absences().size(); i++) {
                Absence a = d.absences().get(i);
                if (a.from() == null) {
                    problems.add(new FieldProblem("absences[" + i + "].from", "is required"));
                } else if (a.to() != null && a.to().isBefore(a.from())) {
                    problems.add(new FieldProblem("absences[" + i + "].to", "dates out of order: " + a.to() + " is before " + a.from()));
                }
                if (a.status() == null || a.status() == InspectorStatus.ACTIVE) {
                    problems.add(new FieldProblem("absences[" + i + "].status", "must be ON_LEAVE, TRANSFERRED or RETIRED"));
                }
            }
            for (int i = 1; i < d.absences().size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (overlap(d.absences().get(i), d.absences().get(j))) {
                        problems.add(new FieldProblem("absences[" + i + "]", "overlaps absences[" + j + "]"));
                    }
                }
            }
        }
        if (d.conflicts() != null) {
            for (int i = 0; i < d.conflicts().size(); i++) {
                ConflictOfInterest c = d.conflicts().get(i);
                if (c.objectId() == null || c.objectId().isBlank()) {
                    problems.add(new FieldProblem("conflictsOfInterest[" + i + "].objectId", "is required"));
                }
                if (c.reason() == null || c.reason().isBlank()) {
                    problems.add(new FieldProblem("conflictsOfInterest[" + i + "].reason", "say why the inspector must not inspect it"));
                }
            }
        }
        if (d.idNumber() != null && !d.idNumber().isBlank() && !d.idNumber().matches("\\d{17}[\\dX]")) {
            problems.add(new FieldProblem("idNumber", "must be an 18-character resident ID number"));
        }
        if (d.phone() != null && !d.phone().isBlank() && !d.phone().matches("[\\d+\\- ]{5,20}")) {
            problems.add(new FieldProblem("phone", "must be a phone number"));
        }
        return problems;
    }

    private static boolean overlap(Absence a, Absence b) {
        if (a.from() == null || b.from() == null) {
            return false;
        }
        boolean aEndsBeforeB = a.to() != null && a.to().isBefore(b.from());
        boolean bEndsBeforeA = b.to() != null && b.to().isBefore(a.from());
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    /** Active unless an absence covers the day. */
    public InspectorStatus statusOn(LocalDate day) {
        InspectorStatus status = InspectorStatus.ACTIVE;
        for (Absence a : absences) {
            if (a.covers(day)) {
                status = a.status();
            }
        }
        return status;
    }

    public List<String> conflictObjectIds() {
        return conflicts.stream().map(ConflictOfInterest::objectId).distinct().sorted().toList();
    }

    /** For history: personal data is shown masked, so the history can be read without exposing it. */
    @Override
    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("certificateNumber", certificateNumber);
        f.put("name", name);
        f.put("department", department);
        f.put("qualifications", qualifications);
        f.put("region", region);
        f.put("absences", absences.stream().map(a -> a.from() + "~" + (a.to() == null ? "" : a.to()) + " " + a.status()).toList());
        f.put("conflictsOfInterest", conflicts.stream().map(c -> c.objectId() + ": " + c.reason()).toList());
        f.put("idNumber", mask(idNumber));
        f.put("phone", mask(phone));
        return f;
    }

    static String mask(String value) {
        if (value == null) {
            return null;
        }
        return "*".repeat(Math.max(0, value.length() - 2)) + value.substring(Math.max(0, value.length() - 2));
    }
}
