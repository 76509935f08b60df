package cn.supervision.sampling.tasks.domain;

import java.util.List;
import java.util.Set;

/**
 * One stratum of a task: a name, an optional condition "attribute is one of values", and the ratio in basis points
 * (1000 = 10 %). Strata are tried in order; the first that matches an object takes it.
 */
public record StratumRule(String name, String attribute, List<String> values, int ratioBp) {

    public static final Set<String> ATTRIBUTES = Set.of("riskLevel", "objectType", "region", "industry", "tag");

    public boolean matches(ObjectAttributes o) {
        if (attribute == null) {
            return true;
        }
        return switch (attribute) {
            case "riskLevel" -> values.contains(o.riskLevel());
            case "objectType" -> values.contains(o.objectType());
            case "region" -> values.contains(o.region());
            case "industry" -> values.contains(o.industry());
            case "tag" -> o.tags() != null && o.tags().stream().anyMatch(values::contains);
            default -> false;
        };
    }
}
