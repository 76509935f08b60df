package cn.supervision.sampling.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.supervision.platform.outbox.OutboxDocument;
import cn.supervision.sampling.tasks.domain.TaskDefinition;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A task with its current freeze and draw. Kept in one document so that a freeze or a draw and the events it causes
 * are one atomic write. (A province-scale draw would move the snapshot into chunk documents; see docs/scaling.md.)
 */
@Document("tasks")
class TaskDocument extends OutboxDocument {

    enum State { PUBLISHED, FROZEN, DRAWN }

    /** An object as frozen: the draw needs only the id, the events also name it. */
    record FrozenObject(String objectId, String uscc, String name, String objectType) {
    }

    record FrozenStratum(String name, int ratioBp, List<String> population) {
    }

    record FrozenInspector(String inspectorId, String name, String department, long load) {
    }

    /** 冻结: the snapshot the draw is computed from, and the commitment to the still-secret key. */
    record Freeze(int number, String reason, Instant frozenAt, String secret, String commitment, String populationDigest,
            String rosterDigest, String paramsDigest, List<FrozenStratum> strata, List<FrozenObject> objects,
            List<FrozenInspector> inspectors, List<List<String>> recusals, int excludedCount) {
    }

    /** 摇号结果: the public entropy entered and the transcript DRAW-1 produced from the freeze. */
    record Draw(int freezeNumber, String publicEntropy, Instant drawnAt, String transcript, int selected, int shortfalls) {
    }

    @Id
    String taskId;
    TaskDefinition definition;
    State state;
    Instant publishedAt;
    Freeze freeze;
    Draw draw;
    List<Freeze> abandonedFreezes = new ArrayList<>();
    List<Draw> abandonedDraws = new ArrayList<>();
}
