package cn.supervision.disclosure.access;

import cn.supervision.platform.security.EndpointAccess;
import cn.supervision.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which disclosure endpoint (docs/security.md): the public site and API need no login (一公开); the
 * ledger, push queue and reconciliation are staff views; loading a calendar year is the platform administrator's.
 */
@Configuration
class AccessTable {

    @Bean
    EndpointAccess disclosureAccess() {
        return new EndpointAccess()
                .anonymous("GET", "/", "/enterprises/{objectId}", "/tasks", "/tasks/{taskId}", "/check-items", "/public/**",
                        "/favicon.ico", "/css/**", "/js/**", "/images/**")
                // the provincial simulator stands in for the province's platform; its intake checks the HMAC signature
                .anonymous("POST", "/simulator/province/api/records")
                .anonymous("GET", "/simulator/province/api/acknowledgements")
                .read("/simulator/province/admin", Roles.OVERSIGHT)
                .read("/simulator/province/admin/records", Roles.OVERSIGHT)
                .allow("PUT", "/simulator/province/admin/faults", Roles.PLATFORM)
                .allow("DELETE", "/simulator/province/admin/faults", Roles.PLATFORM)
                .allow("POST", "/simulator/province/admin/foreign-acknowledgements", Roles.PLATFORM)
                .allow("DELETE", "/simulator/province/admin/records", Roles.PLATFORM)
                .read("/disclosure/**", Roles.READERS)
                .allow("PUT", "/disclosure/calendar/years/{year}", Roles.PLATFORM)
                .read("/admin/dead-letters", Roles.OVERSIGHT)
                .allow("POST", "/admin/dead-letters/{binding}/replay", Roles.PLATFORM);
    }
}
