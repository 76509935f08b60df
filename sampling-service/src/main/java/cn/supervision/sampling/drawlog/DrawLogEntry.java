package cn.supervision.sampling.drawlog;

import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One link of the chain; {@code at} is kept as text so that the hashed value is stored exactly (no clock rounding). */
@Document("draw_log")
record DrawLogEntry(@Id long seq, String entryKey, String kind, String taskId, String at, Map<String, String> details, String prevHash,
        String hash) {
}
