package cn.supervision.sampling.tasks;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A slice of a draw's DRAW-1 transcript (UTF-8 bytes), keyed by task + draw + chunk: a province's transcript is ~1 GB. */
@Document("transcript_chunks")
record TranscriptChunk(@Id String id, String taskId, String drawId, int seq, byte[] data) {
}
