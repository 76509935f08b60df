package cn.supervision.credit.rules.domain;

import java.util.List;

/**
 * Which facts a rule reacts to. {@code kind} is required; every other condition is optional and narrows it:
 * {@code severity} and {@code measure} (violations), {@code anyCategoryIn} (at least one result category in the set),
 * {@code onlyCategoriesIn} (every result category in the set), {@code taskType} (RANDOM or FOLLOW_UP).
 */
public record Matcher(FactKind kind, String severity, String measure, List<String> anyCategoryIn, List<String> onlyCategoriesIn,
        String taskType) {

    public Matcher {
        anyCategoryIn = anyCategoryIn == null ? null : List.copyOf(anyCategoryIn);
        onlyCategoriesIn = onlyCategoriesIn == null ? null : List.copyOf(onlyCategoriesIn);
    }

    public boolean matches(Fact fact) {
        return kind == fact.kind()
                && (severity == null || severity.equals(fact.severity()))
                && (measure == null || measure.equals(fact.measure()))
                && (taskType == null || taskType.equals(fact.taskType()))
                && (anyCategoryIn == null || fact.categories().stream().anyMatch(anyCategoryIn::contains))
                && (onlyCategoriesIn == null || (!fact.categories().isEmpty() && onlyCategoriesIn.containsAll(fact.categories())));
    }

    /**
     * Whether no fact can match both: used to reject a list whose entry and leave rules react to the same fact. Errs
     * on the side of "may overlap".
     */
    boolean disjointFrom(Matcher other) {
        if (kind != other.kind) {
            return true;
        }
        if (differ(severity, other.severity) || differ(measure, other.measure) || differ(taskType, other.taskType)) {
            return true;
        }
        if (anyCategoryIn != null && other.onlyCategoriesIn != null && anyCategoryIn.stream().noneMatch(other.onlyCategoriesIn::contains)) {
            return true;
        }
        if (onlyCategoriesIn != null && other.anyCategoryIn != null && onlyCategoriesIn.stream().noneMatch(other.anyCategoryIn::contains)) {
            return true;
        }
        return onlyCategoriesIn != null && other.onlyCategoriesIn != null && onlyCategoriesIn.stream().noneMatch(other.onlyCategoriesIn::contains);
    }

    private static boolean differ(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }
}
