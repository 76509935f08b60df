package cn.supervision.registry.access;

import cn.supervision.platform.security.EndpointAccess;
import cn.supervision.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which registry endpoint (the per-endpoint table every service keeps, docs/security.md). Which
 * department's record a caller may change is decided on the record by {@link TokenDepartmentScope}.
 */
@Configuration
class AccessTable {

    @Bean
    EndpointAccess registryAccess() {
        return new EndpointAccess()
                // 公开: the published check-item list (一单)
                .anonymous("GET", "/public/check-items", "/public/check-items/{code}")
                // 检查事项清单: each department's administrator keeps its own items
                .allow("POST", "/check-items", Roles.ADMINS)
                .allow("PUT", "/check-items/{code}", Roles.ADMINS)
                .allow("POST", "/check-items/{code}/retire", Roles.ADMINS)
                .allow("POST", "/check-items/import", Roles.ADMINS)
                .read("/check-items/**", Roles.READERS)
                // 执法检查人员名录: the department's administrator
                .allow("POST", "/inspectors", Roles.ADMINS)
                .allow("PUT", "/inspectors/{certificateNumber}", Roles.ADMINS)
                .allow("POST", "/inspectors/import", Roles.ADMINS)
                .read("/inspectors", Roles.READERS)
                .read("/inspectors/**", Roles.READERS)
                // 检查对象名录: administrators and staff of a supervising department
                .allow("POST", "/objects", Roles.DEPARTMENT_WRITERS)
                .allow("PUT", "/objects/{key}", Roles.DEPARTMENT_WRITERS)
                .allow("POST", "/objects/import", Roles.DEPARTMENT_WRITERS)
                .read("/objects", Roles.READERS)
                .read("/objects/**", Roles.READERS)
                .read("/admin/dead-letters", Roles.OVERSIGHT)
                .allow("POST", "/admin/dead-letters/{binding}/replay", Roles.PLATFORM);
    }
}
