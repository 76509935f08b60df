package cn.supervision.credit.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.supervision.platform.security.AccessRefused;
import cn.supervision.platform.security.StaffUser;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * 部门权限 from the signed-in user's token. The platform administrator may make every staff write; a department's
 * staff only on credit files holding an entry of their department (they found it, they follow its repair), and a
 * decision is taken only in the decider's own name (no deciding "as" someone else).
 */
@Component
class TokenDepartmentScope implements DepartmentScope {

    private static final Logger log = LoggerFactory.getLogger(TokenDepartmentScope.class);

    private final MongoTemplate mongo;

    TokenDepartmentScope(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void requireWrite(String action, String objectId, String actingUser) {
        StaffUser user = StaffUser.current().orElse(null);
        if (user == null || user.platformWide()) {
            log.info("{} on {} by {}", action, objectId, user == null ? actingUser : user.id());
            return;
        }
        if ("repair-decision".equals(action) && !user.id().equals(actingUser)) {
            throw AccessRefused.because("decidedBy", "a decision is taken in your own name (" + user.id() + ")");
        }
        AccessRefused.requireDepartment(user, departmentsOf(objectId), "objectId");
        log.info("{} on {} by {} ({})", action, objectId, user.id(), user.department());
    }

    /** The departments with an entry in the object's credit file. */
    private Set<String> departmentsOf(String objectId) {
        Document file = mongo.findById(objectId, Document.class, "credit_files");
        Set<String> departments = new LinkedHashSet<>();
        if (file != null && file.get("entries") instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Document e) {
                    if (e.getString("department") != null) {
                        departments.add(e.getString("department"));
                    }
                    if (e.get("departments") instanceof List<?> list) {
                        list.forEach(d -> departments.add(String.valueOf(d)));
                    }
                }
            }
        }
        return departments;
    }
}
