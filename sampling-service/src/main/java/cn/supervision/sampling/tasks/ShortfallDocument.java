package cn.supervision.sampling.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.supervision.platform.outbox.OutboxDocument;
import cn.supervision.sampling.drawlog.LogDraft;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 缺员: a drawn (or follow-up) object that too few eligible inspectors could be assigned to. It cannot proceed — no
 * SampleDrawn — until an authorised member of staff names the missing inspectors; that manual, non-random assignment
 * and its SampleDrawn are then stored here in one write.
 */
@Document("shortfalls")
class ShortfallDocument extends OutboxDocument {

    enum Status { OPEN, RESOLVED }

    record Missing(String department, int missing) {
    }

    record Resolution(String by, String reason, List<String> inspectors, Instant at) {
    }

    @Id
    String id;
    String taskId;
    String drawId;
    String objectId;
    Status status;
    List<Missing> missing = new ArrayList<>();
    /** The event as it will be published, with the inspectors the draw could assign. */
    TaskEvents.SampleDrawn pending;
    Resolution resolution;
    Instant createdAt;
    List<LogDraft> pendingLog = new ArrayList<>();

    static String idOf(String taskId, String drawId, String objectId) {
        return taskId + "/" + drawId + "/" + objectId;
    }
}
