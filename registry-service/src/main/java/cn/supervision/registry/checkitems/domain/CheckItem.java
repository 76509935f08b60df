package cn.supervision.registry.checkitems.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.registry.history.domain.Recorded;

/**
 * 检查事项: code, name, legal basis (抽查依据), owning department (抽查主体), the object type it applies to, content
 * (抽查内容), methods (抽查方式), key or general (重点/一般), status with effective dates. A joint item (联合抽查事项)
 * names the initiating department (发起部门) and the participating departments (配合部门). A retired item stays on the
 * public list as retired and can never be changed again, nor used by a new task.
 */
public record CheckItem(String code, String name, String legalBasis, String department, String objectType, String content,
        List<String> methods, String kind, String status, LocalDate effectiveFrom, LocalDate effectiveTo, String initiatingDepartment,
        List<String> participatingDepartments) implements Recorded {

    public static final List<String> METHODS = List.of("ON_SITE", "DOCUMENTS", "ONLINE_MONITORING", "TESTING", "OTHER_DEPARTMENT_RESULTS",
            "PROFESSIONAL_BODY");
    public static final List<String> KINDS = List.of("KEY", "GENERAL");
    public static final List<String> OBJECT_TYPES = List.of("ENTERPRISE", "INDIVIDUAL_BUSINESS", "CONSTRUCTION_PROJECT");
    public static final String ACTIVE = "ACTIVE";
    public static final String RETIRED = "RETIRED";

    public CheckItem {
        methods = methods == null ? List.of() : List.copyOf(methods);
        participatingDepartments = participatingDepartments == null ? List.of() : List.copyOf(participatingDepartments);
    }

    /** What staff say about an item; null = leave as it is. */
    public record Details(String name, String legalBasis, String department, String objectType, String content, List<String> methods,
            String kind, LocalDate effectiveFrom, LocalDate effectiveTo, String initiatingDepartment, List<String> participatingDepartments) {
    }

    public static CheckItem define(String code, Details d, Set<String> departments) {
        List<FieldProblem> problems = new ArrayList<>();
        String c = code == null ? "" : code.strip();
        if (!c.matches("[A-Za-z0-9\\-]{1,40}")) {
            problems.add(new FieldProblem("code", "letters, digits and '-' only, at most 40"));
        }
        for (String[] required : new String[][] {{"name", d.name()}, {"legalBasis", d.legalBasis()}, {"department", d.department()},
                {"objectType", d.objectType()}, {"kind", d.kind()}}) {
            if (required[1] == null) {
                problems.add(new FieldProblem(required[0], "is required"));
            }
        }
        if (d.methods() == null) {
            problems.add(new FieldProblem("methods", "at least one method (抽查方式)"));
        }
        CheckItem blank = new CheckItem(c, "", "", null, null, null, List.of(), null, ACTIVE, null, null, null, List.of());
        problems.addAll(blank.problemsWith(d, departments));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return blank.amend(d, departments);
    }

    /** A retired item refuses every change (an import repeating it unchanged is fine). */
    public CheckItem amend(Details d, Set<String> departments) {
        CheckItem amended = amended(d, departments);
        if (RETIRED.equals(status) && !amended.equals(this)) {
            throw ProblemException.conflict("status", "check item " + code + " is retired and cannot change");
        }
        return amended;
    }

    private CheckItem amended(Details d, Set<String> departments) {
        List<FieldProblem> problems = problemsWith(d, departments);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        String owner = d.department() != null ? d.department() : department;
        List<String> participating = d.participatingDepartments() != null ? d.participatingDepartments() : participatingDepartments;
        String initiating = d.initiatingDepartment() != null ? blankToNull(d.initiatingDepartment()) : initiatingDepartment;
        if (!participating.isEmpty() && initiating == null) {
            initiating = owner; // a joint item's initiating department is its owner unless said otherwise
        }
        return new CheckItem(code, pick(d.name(), name), pick(d.legalBasis(), legalBasis), owner, pick(d.objectType(), objectType),
                d.content() != null ? blankToNull(d.content()) : content, d.methods() != null ? d.methods() : methods, pick(d.kind(), kind), status,
                d.effectiveFrom() != null ? d.effectiveFrom() : effectiveFrom, d.effectiveTo() != null ? d.effectiveTo() : effectiveTo,
                initiating, participating);
    }

    private List<FieldProblem> problemsWith(Details d, Set<String> departments) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.name() != null && (d.name().isBlank() || d.name().length() > 200)) {
            problems.add(new FieldProblem("name", "must be 1 to 200 characters"));
        }
        if (d.legalBasis() != null && (d.legalBasis().isBlank() || d.legalBasis().length() > 1000)) {
            problems.add(new FieldProblem("legalBasis", "the legal basis (抽查依据) is required, at most 1000 characters"));
        }
        if (d.department() != null && !departments.contains(d.department())) {
            problems.add(new FieldProblem("department", "unknown department '" + d.department() + "'"));
        }
        if (d.objectType() != null && !OBJECT_TYPES.contains(d.objectType())) {
            problems.add(new FieldProblem("objectType", "unknown object type '" + d.objectType() + "'; allowed: " + OBJECT_TYPES));
        }
        if (d.methods() != null) {
            if (d.methods().isEmpty()) {
                problems.add(new FieldProblem("methods", "at least one method (抽查方式)"));
            }
            for (int i = 0; i < d.methods().size(); i++) {
                if (!METHODS.contains(d.methods().get(i))) {
                    problems.add(new FieldProblem("methods[" + i + "]", "unknown method '" + d.methods().get(i) + "'; allowed: " + METHODS));
                }
            }
        }
        if (d.kind() != null && !KINDS.contains(d.kind())) {
            problems.add(new FieldProblem("kind", "must be KEY (重点) or GENERAL (一般)"));
        }
        LocalDate from = d.effectiveFrom() != null ? d.effectiveFrom() : effectiveFrom;
        LocalDate to = d.effectiveTo() != null ? d.effectiveTo() : effectiveTo;
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("effectiveTo", "dates out of order: " + to + " is before " + from));
        }
        if (d.initiatingDepartment() != null && !d.initiatingDepartment().isBlank() && !departments.contains(d.initiatingDepartment())) {
            problems.add(new FieldProblem("initiatingDepartment", "unknown department '" + d.initiatingDepartment() + "'"));
        }
        if (d.participatingDepartments() != null) {
            for (int i = 0; i < d.participatingDepartments().size(); i++) {
                String p = d.participatingDepartments().get(i);
                if (!departments.contains(p)) {
                    problems.add(new FieldProblem("participatingDepartments[" + i + "]", "unknown department '" + p + "'"));
                }
            }
        }
        return problems;
    }

    /** 停用: retired from {@code day} on (the item stays published, marked retired). */
    public CheckItem retire(LocalDate day) {
        if (RETIRED.equals(status)) {
            throw ProblemException.conflict("status", "check item " + code + " is already retired");
        }
        if (effectiveFrom != null && day.isBefore(effectiveFrom)) {
            throw ProblemException.ruleViolated("effectiveTo", "dates out of order: retirement " + day + " is before " + effectiveFrom);
        }
        LocalDate end = effectiveTo == null || effectiveTo.isAfter(day) ? day : effectiveTo;
        return new CheckItem(code, name, legalBasis, department, objectType, content, methods, kind, RETIRED, effectiveFrom, end,
                initiatingDepartment, participatingDepartments);
    }

    /** Departments that own or take part in the item (for department scoping). */
    public List<String> departments() {
        List<String> all = new ArrayList<>();
        all.add(department);
        if (initiatingDepartment != null && !all.contains(initiatingDepartment)) {
            all.add(initiatingDepartment);
        }
        return all;
    }

    @Override
    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("code", code);
        f.put("name", name);
        f.put("legalBasis", legalBasis);
        f.put("department", department);
        f.put("objectType", objectType);
        f.put("content", content);
        f.put("methods", methods);
        f.put("kind", kind);
        f.put("status", status);
        f.put("effectiveFrom", effectiveFrom == null ? null : effectiveFrom.toString());
        f.put("effectiveTo", effectiveTo == null ? null : effectiveTo.toString());
        f.put("initiatingDepartment", initiatingDepartment);
        f.put("participatingDepartments", participatingDepartments);
        return f;
    }

    private static String pick(String given, String stored) {
        return given != null ? given.strip() : stored;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
