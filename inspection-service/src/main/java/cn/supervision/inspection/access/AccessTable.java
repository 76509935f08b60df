package cn.supervision.inspection.access;

import java.util.Set;

import cn.supervision.platform.security.EndpointAccess;
import cn.supervision.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which inspection endpoint (docs/security.md). Whose record it is (the task's departments, the
 * assigned inspectors) is checked on the record by {@link TokenDepartmentScope}.
 */
@Configuration
class AccessTable {

    /** Who records a visit: the assigned inspectors, and their department's staff entering it for them. */
    static final Set<String> RECORDERS = Set.of(Roles.PLATFORM_ADMIN, Roles.DEPARTMENT_ADMIN, Roles.DEPARTMENT_STAFF, Roles.INSPECTOR);
    /** 审核: the department's reviewer or administrator. */
    static final Set<String> REVIEWERS = Set.of(Roles.PLATFORM_ADMIN, Roles.DEPARTMENT_ADMIN, Roles.REVIEWER);

    @Bean
    EndpointAccess inspectionAccess() {
        return new EndpointAccess()
                .allow("POST", "/inspections/{taskId}/{objectId}/notice", RECORDERS)
                .allow("POST", "/inspections/{taskId}/{objectId}/visit", RECORDERS)
                .allow("PUT", "/inspections/{taskId}/{objectId}/results", RECORDERS)
                .allow("POST", "/inspections/{taskId}/{objectId}/submit", RECORDERS)
                .allow("POST", "/inspections/{taskId}/{objectId}/outcome", RECORDERS)
                .allow("POST", "/inspections/{taskId}/{objectId}/evidence", RECORDERS)
                .allow("POST", "/inspections/{taskId}/{objectId}/review", REVIEWERS)
                .read("/inspections", Roles.READERS)
                .read("/inspections/**", Roles.READERS)
                .read("/admin/dead-letters", Roles.OVERSIGHT)
                .allow("POST", "/admin/dead-letters/{binding}/replay", Roles.PLATFORM);
    }
}
