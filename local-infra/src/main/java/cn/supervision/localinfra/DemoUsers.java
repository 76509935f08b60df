package cn.supervision.localinfra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The development issuer's demo users: a platform administrator, an auditor, and per Longting department
 * (housing-market 住房市场科, quality-safety 质量安全科, real-estate 房地产科) an administrator, a member of staff, a
 * reviewer and four inspectors whose {@code inspectorId} is the certificate number the Longting demo registers.
 */
public final class DemoUsers {

    /** One demo user: the claims of their token. */
    public record User(String id, String name, List<String> roles, String department, String inspectorId) {
    }

    private static final Map<String, User> USERS = new LinkedHashMap<>();

    static {
        add(new User("admin", "平台管理员", List.of("PLATFORM_ADMIN"), null, null));
        add(new User("auditor", "审计员", List.of("AUDITOR"), null, null));
        department("hm", "housing-market", "HOUS", "住房市场科");
        department("qs", "quality-safety", "QUAL", "质量安全科");
        department("re", "real-estate", "REAL", "房地产科");
    }

    private DemoUsers() {
    }

    private static void department(String prefix, String department, String certificatePrefix, String label) {
        add(new User(prefix + "-admin", label + "管理员", List.of("DEPARTMENT_ADMIN"), department, null));
        add(new User(prefix + "-staff", label + "工作人员", List.of("DEPARTMENT_STAFF"), department, null));
        add(new User(prefix + "-reviewer", label + "审核员", List.of("REVIEWER"), department, null));
        for (int i = 1; i <= 4; i++) {
            String certificate = "LT-%s-%03d".formatted(certificatePrefix, i);
            add(new User(prefix + "-inspector-" + i, label + "检查员" + i, List.of("INSPECTOR"), department, certificate));
        }
    }

    private static void add(User user) {
        USERS.put(user.id(), user);
    }

    public static User find(String id) {
        return USERS.get(id);
    }

    public static List<User> all() {
        return List.copyOf(USERS.values());
    }
}
