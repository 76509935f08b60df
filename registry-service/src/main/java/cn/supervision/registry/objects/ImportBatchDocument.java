package cn.supervision.registry.objects;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.supervision.platform.outbox.OutboxDocument;
import cn.supervision.registry.history.domain.Version;
import cn.supervision.registry.objects.domain.InspectionObject;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One chunk of an applied import, written BEFORE the objects it changes: the new versions and their events in one
 * document. The objects are then written from it and the chunk is marked {@code projected}; only then does
 * {@link ImportBatchRelay} publish its events. A crash in between is finished on start-up from this document, so an
 * import's changes and events are never lost or half-published. (Without multi-document transactions this is how a
 * 100,000-row import keeps the "change and events in one write" rule at the speed of bulk writes.)
 */
@Document("object_import_batches")
class ImportBatchDocument extends OutboxDocument {

    /**
     * One object of the chunk and the revision it must have before (0 = new object). Its new state is the body of its
     * event in the outbox (the whole state), so it is stored once; who, when and why are the chunk's.
     */
    record Row(String key, int revisionBefore) {
    }

    @Id
    String id;
    String importId;
    int chunk;
    boolean projected;
    Instant at;
    String who;
    String why;
    List<Row> rows = new ArrayList<>();

    Version<InspectionObject> version(Row row, InspectionObject state) {
        return new Version<>(row.revisionBefore() + 1, at, who, why, state);
    }
}
