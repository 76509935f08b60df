package cn.supervision.console.signin;

import java.util.List;
import java.util.Map;

/**
 * 当前用户: who is signed in and for which department they act, from the identity provider's claims.
 *
 * @param department null for the platform administrator and the auditor, who act for no one department
 * @param inspectorId the inspector's certificate number, for inspectors
 */
public record Staff(String id, String name, List<String> roles, String department, String departmentName, String inspectorId) {

    static Staff of(Map<String, Object> claims, String departmentName) {
        Object roles = claims.get("roles");
        return new Staff(String.valueOf(claims.get("sub")), String.valueOf(claims.getOrDefault("name", claims.get("sub"))),
                roles instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(),
                (String) claims.get("department"), departmentName, (String) claims.get("inspectorId"));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isPlatformAdmin() {
        return has("PLATFORM_ADMIN");
    }

    /** 管理: a department's administrator, or the platform's. */
    public boolean isAdmin() {
        return isPlatformAdmin() || has("DEPARTMENT_ADMIN");
    }

    /** Keeps the department's directory and tasks (admins and staff). */
    public boolean isClerk() {
        return isAdmin() || has("DEPARTMENT_STAFF");
    }

    public boolean isInspector() {
        return has("INSPECTOR");
    }

    public boolean isReviewer() {
        return has("REVIEWER");
    }

    public boolean isAuditor() {
        return has("AUDITOR");
    }

    /** What the header says under the name: 住房市场科 · 管理员. */
    public String roleName() {
        if (isPlatformAdmin()) {
            return "平台管理员";
        }
        if (has("DEPARTMENT_ADMIN")) {
            return "部门管理员";
        }
        if (has("DEPARTMENT_STAFF")) {
            return "工作人员";
        }
        if (isReviewer()) {
            return "审核人员";
        }
        if (isInspector()) {
            return "执法检查人员";
        }
        return isAuditor() ? "审计人员" : "";
    }

    /**
     * May this person see a department's task or record in the console? Their own department's, or any for the platform
     * administrator and the auditor. (The services let every staff role read the shared directory; the console shows
     * task work only to the departments that take part.)
     */
    public boolean actsFor(java.util.Collection<String> departments) {
        return department == null || departments.contains(department);
    }
}
