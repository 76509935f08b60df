package cn.supervision.disclosure.tasks;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One drawn object of a task, keyed {@code taskId/objectId}. The inspectors assigned are deliberately not kept. */
@Document(DrawnEntryDocument.COLLECTION)
class DrawnEntryDocument {

    static final String COLLECTION = "public_drawn";

    @Id
    String id;
    String taskId;
    String taskType;
    String objectId;
    String uscc;
    String objectName;
    String objectType;
    String stratum;
    String rank;
    boolean random;
    Instant drawnAt;
    String sourceEventId;
}
