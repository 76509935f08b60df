package cn.supervision.registry.access;

import java.util.Collection;
import java.util.Set;

import cn.supervision.platform.security.AccessRefused;
import cn.supervision.platform.security.StaffUser;
import org.springframework.stereotype.Component;

/**
 * 部门权限 from the signed-in user's token: the platform administrator changes every department's records, anyone
 * else only records of their own department (an object: one of its supervising departments). "Who" in every version
 * is the token's display name, never a name the caller types.
 */
@Component
class TokenDepartmentScope implements DepartmentScope {

    @Override
    public ActingUser current() {
        return StaffUser.current()
                .map(user -> new ActingUser(user.name(), user.platformWide() || user.department() == null ? Set.of() : Set.of(user.department())))
                .orElse(new ActingUser("registry-service", Set.of()));
    }

    @Override
    public void authorise(ActingUser user, Collection<String> departments, String field) {
        StaffUser staff = StaffUser.current().orElse(null);
        if (staff != null) {
            AccessRefused.requireDepartment(staff, departments, field);
        }
    }
}
