package cn.supervision.registry.inspectors.domain;

import java.util.List;
import java.util.Set;

import cn.supervision.platform.problem.ProblemException;

/**
 * 执法检查人员: an enforcement inspector, identified by the enforcement certificate number.
 * {@code qualifications} name the object types and check-item codes the inspector may inspect.
 */
public record Inspector(String certificateNumber, String name, String department, List<String> qualifications, String region,
        InspectorStatus status, String idNumber, String phone) {

    public static Inspector enrol(String certificateNumber, String name, String department, List<String> qualifications, String region,
            String idNumber, String phone, Set<String> knownDepartments) {
        String certificate = certificateNumber.strip();
        if (certificate.contains(",") || certificate.contains("\t")) {
            throw ProblemException.invalid("certificateNumber", "must not contain commas or tabs");
        }
        if (!knownDepartments.contains(department)) {
            throw ProblemException.invalid("department", "unknown department '" + department + "'");
        }
        return new Inspector(certificate, name.strip(), department, List.copyOf(qualifications), region, InspectorStatus.ACTIVE, idNumber, phone);
    }
}
