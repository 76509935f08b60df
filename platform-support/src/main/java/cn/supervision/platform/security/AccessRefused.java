package cn.supervision.platform.security;

import java.util.List;

import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;

/** 403: signed in, but this user may not act on that department's record (部门权限). Nothing is stored. */
public final class AccessRefused extends ProblemException {

    private AccessRefused(String field, String message) {
        super(403, "Forbidden", message, List.of(new FieldProblem(field, message)));
    }

    public static AccessRefused because(String field, String message) {
        return new AccessRefused(field, message);
    }

    /** Refuses unless {@code user} acts for one of {@code departments}. */
    public static void requireDepartment(StaffUser user, java.util.Collection<String> departments, String field) {
        if (!user.actsFor(departments)) {
            throw because(field, "your department " + (user.department() == null ? "(none)" : user.department())
                    + " may not act on a record of " + String.join(", ", departments));
        }
    }
}
