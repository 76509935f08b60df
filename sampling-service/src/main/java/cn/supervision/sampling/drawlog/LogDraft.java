package cn.supervision.sampling.drawlog;

import java.util.Map;

/**
 * An entry waiting to be chained, stored inside the document whose change it records (same write, like an outbox
 * event). {@code entryKey} makes appending idempotent: a draft appended twice yields one entry.
 */
public record LogDraft(String entryKey, String kind, String taskId, String at, Map<String, String> details) {
}
