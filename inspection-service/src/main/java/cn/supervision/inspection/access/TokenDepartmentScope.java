package cn.supervision.inspection.access;

import java.util.List;

import cn.supervision.platform.security.AccessRefused;
import cn.supervision.platform.security.Roles;
import cn.supervision.platform.security.StaffUser;

/**
 * 部门权限 from the signed-in user's token. The platform administrator acts on every record. Anyone else only on
 * records of their department (a joint inspection: each participating department). An inspector acts only as
 * themself (the inspector id in the request is the token's {@code inspectorId}); a reviewer reviews only as
 * themself. The record's own rules (assigned inspectors, independent reviewer) still apply afterwards.
 */
class TokenDepartmentScope implements DepartmentScope {

    @Override
    public void check(String userId, StaffAction action, String recordId, List<String> departments) {
        StaffUser user = StaffUser.current().orElse(null);
        if (user == null || user.platformWide()) {
            return; // an event consumer or scheduled run, or the platform administrator
        }
        AccessRefused.requireDepartment(user, departments, "department");
        if (action == StaffAction.REVIEW) {
            if (!user.has(Roles.DEPARTMENT_ADMIN) && !user.id().equals(userId)) {
                throw AccessRefused.because("reviewerId", "you may review only as yourself (" + user.id() + ")");
            }
            return;
        }
        if (user.has(Roles.INSPECTOR) && !user.has(Roles.DEPARTMENT_ADMIN) && !user.has(Roles.DEPARTMENT_STAFF)
                && (user.inspectorId() == null || !user.inspectorId().equals(userId))) {
            throw AccessRefused.because(action == StaffAction.ADD_EVIDENCE ? "uploadedBy" : "inspectorId",
                    "an inspector acts only on their own inspections, as themself (" + user.inspectorId() + ")");
        }
    }
}
