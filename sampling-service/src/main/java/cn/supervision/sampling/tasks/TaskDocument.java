package cn.supervision.sampling.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.supervision.platform.outbox.OutboxDocument;
import cn.supervision.sampling.drawlog.LogDraft;
import cn.supervision.sampling.tasks.domain.TaskDefinition;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A task with the summary of its current freeze and draw. The large parts — population, roster, recusals, exclusions
 * ({@link FreezeChunk}), the drawn objects and their SampleDrawn events ({@link DrawChunk}), the transcript
 * ({@link TranscriptChunk}) — live in chunk documents written BEFORE this document's single atomic state change and
 * keyed by the freeze / draw id recorded here, so chunks of an abandoned attempt are simply never read.
 */
@Document("tasks")
class TaskDocument extends OutboxDocument {

    enum State { PUBLISHED, FROZEN, DRAWN, ASSIGNED }

    record StratumSize(String name, int ratioBp, int n) {
    }

    /** 冻结: what the draw is computed from (in chunks under {@code freezeId}) and the commitment to the still-secret key. */
    record Freeze(String freezeId, int number, String reason, String by, Instant frozenAt, LocalDate drawDate, int year, String secret,
            String commitment, String populationDigest, String rosterDigest, String paramsDigest, List<StratumSize> strata,
            Map<String, Integer> excluded, int rosterSize, Map<String, Integer> rosterLeftOut, Map<String, Integer> recusals,
            int maxRandomInspectionsPerYear) {

        int eligible() {
            return strata.stream().mapToInt(StratumSize::n).sum();
        }

        int excludedTotal() {
            return excluded.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    record Tally(String name, int n, int k, String threshold) {
    }

    /** 摇号结果: the public entropy entered and the published figures of the draw; the rest is in chunks under {@code drawId}. */
    record Draw(String drawId, int freezeNumber, String publicEntropy, String by, Instant drawnAt, List<Tally> strata, String resultDigest,
            int selected, int blocked, int missingInspectors, int eventChunks, int transcriptChunks) {
    }

    /** An inspector (or an inspector–object pair) set aside by staff before the freeze, with the reason (audited). */
    record StaffExclusion(String inspectorId, String objectId, String reason, String by, Instant at) {
    }

    @Id
    String taskId;
    TaskDefinition definition;
    State state;
    Instant publishedAt;
    String publishedBy;
    Freeze freeze;
    Draw draw;
    List<Freeze> abandonedFreezes = new ArrayList<>();
    List<Draw> abandonedDraws = new ArrayList<>();
    List<StaffExclusion> staffExclusions = new ArrayList<>();
    List<LogDraft> pendingLog = new ArrayList<>();

    boolean isFollowUp() {
        return definition.taskType() == cn.supervision.sampling.tasks.domain.TaskType.FOLLOW_UP;
    }
}
