package cn.supervision.registry.objects.domain;

import java.util.List;
import java.util.Set;

import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;

/**
 * 检查对象: one entry of the object directory. Enterprises are keyed by their USCC; individual businesses and
 * construction projects without one by their own code (e.g. a project code).
 */
public record InspectionObject(String key, String uscc, String name, ObjectType type, String industry, String region, String address,
        ObjectStatus status, List<String> supervisingDepartments, RiskLevel riskLevel, Set<String> tags) {

    /** Checks the rules that span fields; single-field formats are checked where the value is parsed. */
    public static InspectionObject register(String uscc, String ownCode, String name, ObjectType type, String industry, String region,
            String address, List<String> departments, Set<String> knownDepartments) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        String key;
        String normalisedUscc = null;
        if (type == ObjectType.ENTERPRISE || (uscc != null && !uscc.isBlank())) {
            normalisedUscc = Uscc.parse(uscc).value();
            key = normalisedUscc;
        } else if (ownCode == null || ownCode.isBlank()) {
            problems.add(new FieldProblem("code", "an object without a USCC needs its own code (project code, registration number)"));
            key = null;
        } else {
            key = ownCode.strip();
        }
        if (key != null && (key.contains(",") || key.contains("\t") || key.contains("\n"))) {
            problems.add(new FieldProblem("code", "must not contain commas, tabs or line breaks"));
        }
        if (region == null || !region.matches("\\d{6}")) {
            problems.add(new FieldProblem("region", "must be a 6-digit administrative division code, e.g. 410202"));
        }
        for (int i = 0; i < departments.size(); i++) {
            if (!knownDepartments.contains(departments.get(i))) {
                problems.add(new FieldProblem("supervisingDepartments[" + i + "]", "unknown department '" + departments.get(i) + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return new InspectionObject(key, normalisedUscc, name.strip(), type, industry, region, address, ObjectStatus.OPERATING,
                List.copyOf(departments), RiskLevel.B, Set.of());
    }
}
