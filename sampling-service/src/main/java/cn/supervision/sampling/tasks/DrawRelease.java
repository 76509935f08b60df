package cn.supervision.sampling.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.supervision.sampling.drawlog.DrawLog;
import cn.supervision.sampling.history.History;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Second half of a draw's write: once the task document records a draw, its chunks' SampleDrawn events move from
 * {@code held} to the outbox and the assignments are recorded. Runs right after the draw and, for anything a crash
 * left behind, on a schedule — which also removes the chunks of draws that never became a task's draw and chains
 * pending draw-log entries. Every step can be repeated harmlessly.
 */
@Component
@EnableScheduling
class DrawRelease {

    private static final Logger log = LoggerFactory.getLogger(DrawRelease.class);
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final MongoTemplate mongo;
    private final History history;
    private final DrawLog drawLog;
    private final Clock clock;

    DrawRelease(MongoTemplate mongo, History history, DrawLog drawLog, Clock clock) {
        this.mongo = mongo;
        this.history = history;
        this.drawLog = drawLog;
        this.clock = clock;
    }

    void release(TaskDocument task) {
        Query held = new Query(where("taskId").is(task.taskId).and("drawId").is(task.draw.drawId()).and("held.0").exists(true));
        mongo.find(held, DrawChunk.class).forEach(chunk -> release(task, chunk));
    }

    private void release(TaskDocument task, DrawChunk chunk) {
        List<String> items = new ArrayList<>(task.definition.itemKeys());
        for (DrawChunk.Pick pick : chunk.picks) {
            if (!pick.blocked()) {
                history.assigned(task.taskId, pick.objectId(), "RANDOM", task.freeze.year(), items, pick.inspectors(), task.draw.drawnAt());
            }
        }
        List<cn.supervision.platform.outbox.PendingEvent> outbox = new ArrayList<>(chunk.getOutbox());
        outbox.addAll(chunk.held);
        chunk.setOutbox(outbox);
        chunk.held = new ArrayList<>();
        chunk.releasedAt = Instant.now(clock);
        try {
            mongo.save(chunk);
        } catch (OptimisticLockingFailureException anotherInstanceDidIt) {
            log.debug("chunk {} released elsewhere", chunk.id);
        }
    }

    /** Removes everything a draw attempt wrote, when the task never recorded it. */
    void discard(String taskId, String drawId) {
        Query attempt = new Query(where("taskId").is(taskId).and("drawId").is(drawId));
        mongo.remove(attempt, DrawChunk.class);
        mongo.remove(attempt, ShortfallDocument.class);
        mongo.remove(attempt, TranscriptChunk.class);
    }

    @Scheduled(fixedDelayString = "${sampling.release.interval:PT2S}", initialDelayString = "${sampling.release.interval:PT2S}")
    void sweep() {
        try {
            for (DrawChunk chunk : mongo.find(new Query(where("held.0").exists(true)), DrawChunk.class)) {
                TaskDocument task = mongo.findById(chunk.taskId, TaskDocument.class);
                if (task != null && task.draw != null && task.draw.drawId().equals(chunk.drawId)) {
                    log.info("releasing SampleDrawn events of task {} draw {} chunk {} left held", chunk.taskId, chunk.drawId, chunk.seq);
                    release(task, chunk);
                } else if (chunk.createdAt == null || chunk.createdAt.isBefore(Instant.now(clock).minus(ABANDONED_AFTER))) {
                    log.warn("removing draw {} of task {}: the task never recorded it", chunk.drawId, chunk.taskId);
                    discard(chunk.taskId, chunk.drawId);
                }
            }
            drawLog.flushAll();
        } catch (RuntimeException e) {
            log.warn("draw release sweep failed, will retry: {}", e.toString());
        }
    }
}
