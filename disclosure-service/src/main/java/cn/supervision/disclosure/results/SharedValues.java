package cn.supervision.disclosure.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.supervision.disclosure.results.domain.PublicResult;

/**
 * Shares the values that repeat across public results read in bulk (task names, department and item lists, dates,
 * empty summaries), so that a million results kept in memory hold one copy of each: read from Mongo, every result
 * would otherwise bring its own. Used while building, then dropped.
 */
final class SharedValues {

    private final Map<Object, Object> seen = new HashMap<>();

    PublicResult of(PublicResult r) {
        return new PublicResult(r.inspectionId(), share(r.taskId()), share(r.taskName()), share(r.taskType()), r.objectId(),
                r.uscc() != null && r.uscc().equals(r.objectId()) ? r.objectId() : r.uscc(), share(r.objectName()), share(r.departments()),
                share(r.items()), share(r.publicSummary()), share(r.inspectedOn()), share(r.resultDate()), share(r.publishedOn()),
                share(r.disclosureDeadline()), r.deadlineUnknown(), r.sourceEventId(), share(r.kind()));
    }

    @SuppressWarnings("unchecked")
    private <T> T share(T value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            // lists compare by content; their elements (item results, department codes) are shared along with them
            Object known = seen.get(list);
            if (known == null) {
                known = List.copyOf(list.stream().map(this::share).toList());
                seen.put(known, known);
            }
            return (T) known;
        }
        return (T) seen.computeIfAbsent(value, v -> v);
    }
}
