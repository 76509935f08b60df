package cn.supervision.sampling.tasks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.supervision.sampling.tasks.FreezeChunk.Kind;
import cn.supervision.sampling.tasks.domain.Eligibility;
import cn.supervision.sampling.tasks.domain.Recusals;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Writes a freeze's snapshot as chunk documents and reads it back. Chunks are written before the task records the
 * freeze; a freeze that never got recorded leaves chunks under an id nobody reads, removed by {@link #delete}.
 */
@Component
class FreezeStore {

    /** An inspector as frozen: the draw needs id, department and load; events also name it. */
    record FrozenInspector(String inspectorId, String department, long load, String name) {
    }

    /** The snapshot read back: populations per stratum (task order), roster, recusals. */
    record Frozen(List<List<String>> strata, List<FrozenInspector> roster, List<Recusals.Pair> recusals) {
    }

    private final MongoTemplate mongo;
    private final int chunkSize;

    FreezeStore(MongoTemplate mongo, @Value("${sampling.chunks.ids:20000}") int chunkSize) {
        this.mongo = mongo;
        this.chunkSize = chunkSize;
    }

    /** Writes every chunk; populations are sorted here (the order DRAW-1 ignores, the lookup by id needs). */
    void write(String taskId, String freezeId, List<List<String>> strata, List<FrozenInspector> roster, List<Recusals.Pair> recusals,
            List<Eligibility.Excluded> excluded) {
        List<FreezeChunk> chunks = new ArrayList<>();
        for (int s = 0; s < strata.size(); s++) {
            List<String> ids = new ArrayList<>(strata.get(s));
            Collections.sort(ids);
            slice(chunks, taskId, freezeId, Kind.POPULATION, s, ids, Function.identity());
        }
        slice(chunks, taskId, freezeId, Kind.ROSTER, 0, roster,
                i -> i.inspectorId() + "\t" + i.department() + "\t" + i.load() + "\t" + (i.name() == null ? "" : i.name()));
        slice(chunks, taskId, freezeId, Kind.RECUSAL, 0, recusals, r -> r.inspectorId() + "\t" + r.objectId() + "\t" + r.reason());
        slice(chunks, taskId, freezeId, Kind.EXCLUDED, 0, excluded, e -> e.objectId() + "\t" + e.reason());
        for (int from = 0; from < chunks.size(); from += 20) {
            mongo.insertAll(chunks.subList(from, Math.min(chunks.size(), from + 20)));
        }
    }

    private <T> void slice(List<FreezeChunk> chunks, String taskId, String freezeId, Kind kind, int stratum, List<T> items,
            Function<T, String> entry) {
        int seq = 0;
        for (int from = 0; from < items.size() || (from == 0 && kind == Kind.POPULATION); from += chunkSize) {
            List<String> entries = items.subList(from, Math.min(items.size(), from + chunkSize)).stream().map(entry).toList();
            String first = entries.isEmpty() ? null : entries.get(0);
            String last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            chunks.add(new FreezeChunk(taskId + "/" + freezeId + "/" + kind + "/" + stratum + "/" + seq, taskId, freezeId, kind, stratum, seq,
                    first, last, entries));
            seq++;
            if (items.isEmpty()) {
                break;
            }
        }
    }

    Frozen load(String taskId, String freezeId, int strataCount) {
        List<List<String>> strata = new ArrayList<>();
        for (int s = 0; s < strataCount; s++) {
            strata.add(new ArrayList<>());
        }
        List<FrozenInspector> roster = new ArrayList<>();
        List<Recusals.Pair> recusals = new ArrayList<>();
        Query query = new Query(where("taskId").is(taskId).and("freezeId").is(freezeId).and("kind").in(Kind.POPULATION, Kind.ROSTER, Kind.RECUSAL))
                .with(Sort.by("kind", "stratum", "seq"));
        try (java.util.stream.Stream<FreezeChunk> chunksStream = mongo.stream(query, FreezeChunk.class)) {
            java.util.Iterator<FreezeChunk> chunks = chunksStream.iterator();
            chunks.forEachRemaining(c -> {
                switch (c.kind()) {
                    case POPULATION -> strata.get(c.stratum()).addAll(c.entries());
                    case ROSTER -> c.entries().forEach(e -> {
                        String[] f = e.split("\t", 4);
                        roster.add(new FrozenInspector(f[0], f[1], Long.parseLong(f[2]), f[3]));
                    });
                    case RECUSAL -> c.entries().forEach(e -> {
                        String[] f = e.split("\t", 3);
                        recusals.add(new Recusals.Pair(f[0], f[1], Recusals.Reason.valueOf(f[2])));
                    });
                    default -> { }
                }
            });
        }
        return new Frozen(strata, roster, recusals);
    }

    /** The index of the stratum an object was frozen in, or -1. */
    int stratumOf(String taskId, String freezeId, String objectId) {
        Query range = new Query(where("taskId").is(taskId).and("freezeId").is(freezeId).and("kind").is(Kind.POPULATION)
                .and("first").lte(objectId).and("last").gte(objectId));
        for (FreezeChunk c : mongo.find(range, FreezeChunk.class)) {
            if (Collections.binarySearch(c.entries(), objectId) >= 0) {
                return c.stratum();
            }
        }
        // ids outside the Basic Multilingual Plane may sort differently in the database: look everywhere before saying no
        Query all = new Query(where("taskId").is(taskId).and("freezeId").is(freezeId).and("kind").is(Kind.POPULATION));
        try (java.util.stream.Stream<FreezeChunk> chunksStream = mongo.stream(all, FreezeChunk.class)) {
            java.util.Iterator<FreezeChunk> chunks = chunksStream.iterator();
            while (chunks.hasNext()) {
                FreezeChunk c = chunks.next();
                if (c.entries().contains(objectId)) {
                    return c.stratum();
                }
            }
        }
        return -1;
    }

    /** Why an object was excluded at the freeze, or null. */
    String exclusionOf(String taskId, String freezeId, String objectId) {
        String prefix = objectId + "\t";
        Query query = new Query(where("taskId").is(taskId).and("freezeId").is(freezeId).and("kind").is(Kind.EXCLUDED));
        try (java.util.stream.Stream<FreezeChunk> chunksStream = mongo.stream(query, FreezeChunk.class)) {
            java.util.Iterator<FreezeChunk> chunks = chunksStream.iterator();
            while (chunks.hasNext()) {
                for (String e : chunks.next().entries()) {
                    if (e.startsWith(prefix)) {
                        return e.substring(prefix.length());
                    }
                }
            }
        }
        return null;
    }

    /** Excluded objects with their reason codes, in freeze order, a page at a time. */
    Map<String, String> excluded(String taskId, String freezeId, int skip, int limit) {
        Map<String, String> page = new java.util.LinkedHashMap<>();
        Query query = new Query(where("taskId").is(taskId).and("freezeId").is(freezeId).and("kind").is(Kind.EXCLUDED)).with(Sort.by("seq"));
        int index = 0;
        try (java.util.stream.Stream<FreezeChunk> chunksStream = mongo.stream(query, FreezeChunk.class)) {
            java.util.Iterator<FreezeChunk> chunks = chunksStream.iterator();
            while (chunks.hasNext() && page.size() < limit) {
                for (String e : chunks.next().entries()) {
                    if (index++ >= skip && page.size() < limit) {
                        String[] f = e.split("\t", 2);
                        page.put(f[0], f[1]);
                    }
                }
            }
        }
        return page;
    }

    /** The roster as frozen, for resolving shortfalls and naming inspectors in events. */
    List<FrozenInspector> roster(String taskId, String freezeId) {
        List<FrozenInspector> roster = new ArrayList<>();
        Query query = new Query(where("taskId").is(taskId).and("freezeId").is(freezeId).and("kind").is(Kind.ROSTER)).with(Sort.by("seq"));
        mongo.find(query, FreezeChunk.class).forEach(c -> c.entries().forEach(e -> {
            String[] f = e.split("\t", 4);
            roster.add(new FrozenInspector(f[0], f[1], Long.parseLong(f[2]), f[3]));
        }));
        return roster;
    }

    void delete(String taskId, String freezeId) {
        mongo.remove(new Query(where("taskId").is(taskId).and("freezeId").is(freezeId)), FreezeChunk.class);
    }
}
