package cn.supervision.console.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.supervision.console.api.PlatformApi;
import cn.supervision.console.api.Service;
import org.springframework.stereotype.Component;

/**
 * The check items a plan or task may pick (一单): the registry's ACTIVE items, by department. A row of the form names
 * an item by its code; the department it is sent with is the one the registry keeps for that item.
 */
@Component
public class CheckItemChoices {

    private final PlatformApi api;

    CheckItemChoices(PlatformApi api) {
        this.api = api;
    }

    /** The active items now, each {@code code, name, department, objectType}. */
    public Catalogue load() {
        return new Catalogue(api.list(Service.REGISTRY, PlatformApi.query("/public/check-items", Map.of("status", "ACTIVE"))));
    }

    /** One page's view of the list: grouped for the select's option groups, and each code's department. */
    public record Catalogue(List<Map<String, Object>> items) {

        public Map<String, List<Map<String, Object>>> byDepartment() {
            Map<String, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
            items.forEach(i -> grouped.computeIfAbsent(String.valueOf(i.get("department")), d -> new java.util.ArrayList<>()).add(i));
            return grouped;
        }

        public String departmentOf(String code) {
            return items.stream().filter(i -> code.equals(i.get("code"))).map(i -> String.valueOf(i.get("department"))).findFirst().orElse(null);
        }

        public String nameOf(Object code) {
            return items.stream().filter(i -> String.valueOf(code).equals(i.get("code"))).map(i -> String.valueOf(i.get("name"))).findFirst()
                    .orElse("");
        }
    }
}
