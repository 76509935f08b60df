package cn.supervision.sampling.tasks;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A slice of a frozen snapshot, keyed by task + freeze + kind + stratum + chunk. POPULATION chunks hold a stratum's
 * ids sorted, with the first and last, so one object's stratum is found without reading the whole population.
 * Entries of other kinds are tab-separated (DRAW-1 ids never contain a TAB).
 */
@Document("freeze_chunks")
record FreezeChunk(@Id String id, String taskId, String freezeId, Kind kind, int stratum, int seq, String first, String last,
        List<String> entries) {

    enum Kind { POPULATION, ROSTER, RECUSAL, EXCLUDED }
}
