package cn.supervision.registry.departments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code registry.departments}: the departments (code → name) that own check items, objects and inspectors. */
@ConfigurationProperties("registry")
public record Departments(Map<String, String> departments) {

    public Departments {
        departments = departments == null ? Map.of() : new LinkedHashMap<>(departments);
    }

    public Set<String> codes() {
        return departments.keySet();
    }
}
