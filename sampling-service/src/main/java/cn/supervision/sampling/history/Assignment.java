package cn.supervision.sampling.history;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An object sent to inspection by sampling (drawn, resolved after a shortfall, or a follow-up), keyed by task and
 * object; {@code done} once inspection reports it completed or refused. Open assignments make the inspectors' load
 * and exclude the object from another task for the same items; the latest one names the inspectors rotation skips.
 */
@Document("assignments")
public record Assignment(@Id String id, String taskId, String objectId, String taskType, int year, List<String> items,
        List<String> inspectors, Instant assignedAt, boolean done) {

    public static String idOf(String taskId, String objectId) {
        return taskId + "/" + objectId;
    }
}
