package cn.supervision.sampling.access;

import java.util.Collection;
import java.util.Set;

import cn.supervision.platform.security.AccessRefused;
import cn.supervision.platform.security.StaffUser;
import org.springframework.stereotype.Component;

/**
 * 部门权限 from the signed-in user's token: the platform administrator acts for every department; anyone else only
 * for plans, tasks and shortfalls of their department (a joint task: each participating department). Events
 * consumed from Kafka act as {@code sampling-service}.
 */
@Component
class TokenDepartmentScope implements DepartmentScope {

    @Override
    public ActingUser current() {
        return StaffUser.current()
                .map(user -> new ActingUser(user.name(), user.platformWide() || user.department() == null ? Set.of() : Set.of(user.department())))
                .orElse(new ActingUser("sampling-service", Set.of()));
    }

    @Override
    public void authorise(ActingUser user, Collection<String> departments, String action) {
        StaffUser staff = StaffUser.current().orElse(null);
        if (staff != null) {
            AccessRefused.requireDepartment(staff, departments, "departments");
        }
    }
}
