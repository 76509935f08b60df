package cn.supervision.registry.history.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Reads a record's versions: what changed in each (before → after) and what the record said at a given moment. */
public final class History {

    /** One field of one version: its value before and after the change. */
    public record FieldChange(String field, Object before, Object after) {
    }

    /** One version as a clerk reads it. */
    public record Entry(int version, Instant at, String who, String why, List<FieldChange> changes) {
    }

    private History() {
    }

    public static <S extends Recorded> List<Entry> entries(List<Version<S>> versions) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Object> before = Map.of();
        for (Version<S> v : versions) {
            Map<String, Object> after = v.state().fields();
            entries.add(new Entry(v.number(), v.at(), v.who(), v.why(), diff(before, after)));
            before = after;
        }
        return entries;
    }

    public static List<FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object was = before.get(field);
            Object is = after.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }

    /** The state in force at {@code moment} (the last version made before it), or empty if the record did not exist yet. */
    public static <S> Optional<S> asOf(List<Version<S>> versions, Instant moment) {
        S state = null;
        for (Version<S> v : versions) {
            if (v.at().isBefore(moment)) {
                state = v.state();
            } else {
                break;
            }
        }
        return Optional.ofNullable(state);
    }
}
