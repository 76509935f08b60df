package cn.supervision.platform.security;

import java.util.Set;

/** The roles a token's {@code roles} claim may carry. */
public final class Roles {

    /** 平台管理员: everything, every department. */
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    /** 部门管理员: their department's directory, tasks and results. */
    public static final String DEPARTMENT_ADMIN = "DEPARTMENT_ADMIN";
    /** 部门工作人员: day-to-day entries for their department. */
    public static final String DEPARTMENT_STAFF = "DEPARTMENT_STAFF";
    /** 执法检查人员: only their own inspections. */
    public static final String INSPECTOR = "INSPECTOR";
    /** 审核人员: reviews their department's results. */
    public static final String REVIEWER = "REVIEWER";
    /** 审计人员: reads everything, writes nothing. */
    public static final String AUDITOR = "AUDITOR";

    public static final Set<String> ALL = Set.of(PLATFORM_ADMIN, DEPARTMENT_ADMIN, DEPARTMENT_STAFF, INSPECTOR, REVIEWER, AUDITOR);
    /** Who may read staff data at all. */
    public static final Set<String> READERS = ALL;
    /** Who keeps a department's directory and tasks. */
    public static final Set<String> DEPARTMENT_WRITERS = Set.of(PLATFORM_ADMIN, DEPARTMENT_ADMIN, DEPARTMENT_STAFF);
    public static final Set<String> ADMINS = Set.of(PLATFORM_ADMIN, DEPARTMENT_ADMIN);
    public static final Set<String> PLATFORM = Set.of(PLATFORM_ADMIN);
    /** Who may read the audit trail and operator views. */
    public static final Set<String> OVERSIGHT = Set.of(PLATFORM_ADMIN, AUDITOR);

    private Roles() {
    }
}
