package cn.supervision.inspection.access;

import java.util.List;

/**
 * 部门权限: may this user act on a record of these departments? Called at every staff write, before the record's own
 * rules. The user is the id named in the request (inspector or reviewer id); {@link TokenDepartmentScope} checks it and
 * the record's departments against the signed-in user's token and throws a {@code ProblemException} (403) naming the
 * field it refuses.
 */
public interface DepartmentScope {

    void check(String userId, StaffAction action, String recordId, List<String> departments);
}
