package cn.supervision.inspection.access;

import java.util.List;

/**
 * 部门权限: may this user act on a record of these departments? Called at every staff write, before the record's own
 * rules. Until authentication exists (issue 9) the user is the id named in the request and every department is in
 * scope ({@link PermissiveDepartmentScope}); a real implementation replaces the bean and throws a
 * {@code ProblemException} (403 or 422) naming the field of the user it refuses.
 */
public interface DepartmentScope {

    void check(String userId, StaffAction action, String recordId, List<String> departments);
}
