package cn.supervision.registry.access;

import java.util.Collection;

/**
 * 部门权限: the one place where "a department's staff change only their own items, inspectors and objects" is decided.
 * Every staff write calls {@link #authorise}. The security issue plugs its implementation in here (a bean of this
 * type: {@link TokenDepartmentScope}, from the signed-in user's token).
 */
public interface DepartmentScope {

    /** Who is acting in the current request. */
    ActingUser current();

    /** Refuses (ProblemException 403-like 422) when {@code user} may not change a record owned by {@code departments}. */
    void authorise(ActingUser user, Collection<String> departments, String field);
}
