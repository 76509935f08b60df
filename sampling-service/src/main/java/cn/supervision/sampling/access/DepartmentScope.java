package cn.supervision.sampling.access;

import java.util.Collection;

/**
 * 部门权限: the one place deciding whether a member of staff may act for a department's task, plan or shortfall.
 * Every staff write calls {@link #authorise}; {@link TokenDepartmentScope} (issue 9) is the bean of
 * this type that reads the signed-in user's token.
 */
public interface DepartmentScope {

    ActingUser current();

    /** Refuses (ProblemException) when {@code user} may not act on something owned by {@code departments}. */
    void authorise(ActingUser user, Collection<String> departments, String action);
}
