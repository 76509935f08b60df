package cn.supervision.sampling.access;

import cn.supervision.platform.security.EndpointAccess;
import cn.supervision.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which sampling endpoint (docs/security.md). The department of the plan or task is checked on the
 * record by {@link TokenDepartmentScope}: a joint task belongs to every participating department.
 */
@Configuration
class AccessTable {

    @Bean
    EndpointAccess samplingAccess() {
        return new EndpointAccess()
                // 公开: the draw record, "was I drawn?", draw-log verification
                .anonymous("GET", "/public/**")
                .allow("POST", "/plans", Roles.ADMINS)
                .read("/plans", Roles.READERS)
                .read("/plans/{planId}", Roles.READERS)
                .read("/coverage", Roles.READERS)
                // 抽查任务: published, frozen and drawn by a participating department's administrator
                .allow("POST", "/tasks", Roles.ADMINS)
                .allow("POST", "/tasks/{taskId}/inspector-exclusions", Roles.ADMINS)
                .allow("POST", "/tasks/{taskId}/freeze", Roles.ADMINS)
                .allow("POST", "/tasks/{taskId}/draw", Roles.ADMINS)
                .allow("POST", "/tasks/{taskId}/shortfalls/{objectId}/resolution", Roles.ADMINS)
                .read("/tasks", Roles.READERS)
                .read("/tasks/**", Roles.READERS)
                .read("/population", Roles.READERS)
                .read("/population/**", Roles.READERS)
                .read("/draw-log", Roles.READERS)
                .read("/admin/dead-letters", Roles.OVERSIGHT)
                .allow("POST", "/admin/dead-letters/{binding}/replay", Roles.PLATFORM);
    }
}
