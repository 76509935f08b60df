package cn.supervision.credit.access;

import cn.supervision.platform.security.EndpointAccess;
import cn.supervision.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may call which credit endpoint (docs/security.md); the object's supervising department is checked by {@link TokenDepartmentScope}. */
@Configuration
class AccessTable {

    @Bean
    EndpointAccess creditAccess() {
        return new EndpointAccess()
                // 信用修复: staff enter an enterprise's application, the department's administrator decides
                .allow("POST", "/credit-files/{objectId}/repair-applications", Roles.DEPARTMENT_WRITERS)
                .allow("POST", "/credit-files/{objectId}/repair-applications/{applicationId}/decision", Roles.ADMINS)
                .read("/credit-files", Roles.READERS)
                .read("/credit-files/**", Roles.READERS)
                .read("/credit-lists/{list}", Roles.READERS)
                .read("/follow-ups", Roles.READERS)
                .read("/credit-rules", Roles.READERS)
                // operator runs
                .allow("POST", "/admin/daily-run", Roles.PLATFORM)
                .allow("POST", "/admin/replay-check", Roles.PLATFORM)
                .read("/admin/dead-letters", Roles.OVERSIGHT)
                .allow("POST", "/admin/dead-letters/{binding}/replay", Roles.PLATFORM);
    }
}
