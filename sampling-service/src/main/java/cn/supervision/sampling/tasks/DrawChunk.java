package cn.supervision.sampling.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.supervision.platform.outbox.OutboxDocument;
import cn.supervision.platform.outbox.PendingEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A slice of a draw: the drawn objects (kept) and their SampleDrawn events. The events wait in {@code held} — which the
 * outbox relay does not read — until the task document records this draw; {@link DrawRelease} then moves them to the
 * outbox. So a draw that never became the task's draw (a crash, a concurrent draw) never publishes anything.
 */
@Document("draw_chunks")
class DrawChunk extends OutboxDocument {

    /** A drawn object; {@code blocked} when a shortfall holds it back until staff resolve it. */
    record Pick(String objectId, String stratum, String rank, List<String> inspectors, boolean blocked) {
    }

    @Id
    String id;
    String taskId;
    String drawId;
    int seq;
    Instant createdAt;
    List<Pick> picks = new ArrayList<>();
    List<PendingEvent> held = new ArrayList<>();
    Instant releasedAt;

    static String idOf(String taskId, String drawId, int seq) {
        return taskId + "/" + drawId + "/" + seq;
    }
}
