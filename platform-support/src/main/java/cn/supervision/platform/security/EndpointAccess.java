package cn.supervision.platform.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A service's per-endpoint role table (谁可以调用哪个接口): the one way every service states who may call what.
 * Rules are matched in order, first match wins; an endpoint without a rule is open to the platform administrator
 * only (and to the auditor for reading), so a forgotten row fails closed. Department scope (own items, own tasks) is
 * decided afterwards, on the record itself, by the service's {@code DepartmentScope}.
 */
public final class EndpointAccess {

    /** {@code method} "*" = any; {@code roles} empty = anonymous (public). */
    public record Rule(String method, String pattern, Set<String> roles) {
        public boolean anonymous() {
            return roles.isEmpty();
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    /** Public, no token needed (公开). */
    public EndpointAccess anonymous(String method, String... patterns) {
        for (String pattern : patterns) {
            rules.add(new Rule(method, pattern, Set.of()));
        }
        return this;
    }

    public EndpointAccess allow(String method, String pattern, Set<String> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("use anonymous(...) for public endpoints: " + pattern);
        }
        Set<String> granted = new LinkedHashSet<>(roles);
        if (!"GET".equals(method)) {
            granted.remove(Roles.AUDITOR); // the auditor reads, never writes
        }
        rules.add(new Rule(method, pattern, Set.copyOf(granted)));
        return this;
    }

    public EndpointAccess read(String pattern, Set<String> roles) {
        return allow("GET", pattern, roles);
    }

    public List<Rule> rules() {
        return List.copyOf(rules);
    }
}
