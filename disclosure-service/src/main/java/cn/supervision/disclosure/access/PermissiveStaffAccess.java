package cn.supervision.disclosure.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Lets every staff write through (no authentication yet), but logs it so that the audit trail starts now. */
@Component
class PermissiveStaffAccess implements StaffAccess {

    private static final Logger log = LoggerFactory.getLogger(PermissiveStaffAccess.class);

    @Override
    public void checkMayWrite(String action, String department) {
        log.info("staff write '{}' (department {}) allowed: no department scoping yet", action, department == null ? "-" : department);
    }
}
