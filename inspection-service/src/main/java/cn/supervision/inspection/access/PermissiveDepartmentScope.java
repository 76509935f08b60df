package cn.supervision.inspection.access;

import java.util.List;

/** Lets every user act on every department's records: the stand-in until authentication (issue 9) provides the real scope. */
class PermissiveDepartmentScope implements DepartmentScope {

    @Override
    public void check(String userId, StaffAction action, String recordId, List<String> departments) {
        // permissive by design: the record's own rules (assigned inspectors, independent reviewer) still apply
    }
}
