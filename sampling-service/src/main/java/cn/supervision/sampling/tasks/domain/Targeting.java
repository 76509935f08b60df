package cn.supervision.sampling.tasks.domain;

import java.util.List;

/**
 * 定向抽查: filters narrowing a random task to objects of given regions, industries or tags (object types are the task's
 * own filter). An empty filter admits every object; a task with no filter at all is untargeted (不定向).
 */
public record Targeting(List<String> regions, List<String> industries, List<String> tags) {

    public static final Targeting NONE = new Targeting(List.of(), List.of(), List.of());

    public Targeting {
        regions = regions == null ? List.of() : List.copyOf(regions);
        industries = industries == null ? List.of() : List.copyOf(industries);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public boolean targeted() {
        return !regions.isEmpty() || !industries.isEmpty() || !tags.isEmpty();
    }

    public boolean admits(ObjectAttributes o) {
        return (regions.isEmpty() || regions.contains(o.region()))
                && (industries.isEmpty() || industries.contains(o.industry()))
                && (tags.isEmpty() || (o.tags() != null && o.tags().stream().anyMatch(tags::contains)));
    }
}
