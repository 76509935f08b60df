package cn.supervision.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The signed-in member of staff, read from the verified token: {@code sub}, {@code name}, {@code roles},
 * {@code department} (the registry's department code) and, for an inspector, {@code inspectorId} (the certificate
 * number the registry and inspection know the inspector by).
 */
public record StaffUser(String id, String name, Set<String> roles, String department, String inspectorId) {

    /** The user of the current request; empty outside a request (an event consumer, a scheduled run). */
    public static Optional<StaffUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            var jwt = token.getToken();
            List<String> roles = jwt.getClaimAsStringList("roles");
            String name = jwt.getClaimAsString("name");
            return Optional.of(new StaffUser(jwt.getSubject(), name == null ? jwt.getSubject() : name,
                    roles == null ? Set.of() : Set.copyOf(roles), jwt.getClaimAsString("department"), jwt.getClaimAsString("inspectorId")));
        }
        return Optional.empty();
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Not limited to a department: the platform administrator, and the auditor for reading. */
    public boolean platformWide() {
        return has(Roles.PLATFORM_ADMIN);
    }

    /** May act for {@code departments}: platform-wide, or the user's department is one of them (a joint task's part). */
    public boolean actsFor(java.util.Collection<String> departments) {
        return platformWide() || (department != null && departments.contains(department));
    }

    /** The first role in a fixed order, for logs and the audit trail. */
    public String mainRole() {
        for (String role : List.of(Roles.PLATFORM_ADMIN, Roles.AUDITOR, Roles.DEPARTMENT_ADMIN, Roles.REVIEWER, Roles.DEPARTMENT_STAFF, Roles.INSPECTOR)) {
            if (has(role)) {
                return role;
            }
        }
        return "NONE";
    }
}
