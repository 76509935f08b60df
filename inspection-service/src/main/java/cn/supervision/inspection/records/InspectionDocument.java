package cn.supervision.inspection.records;

import cn.supervision.inspection.records.domain.Inspection;
import cn.supervision.inspection.records.domain.InspectionStatus;
import cn.supervision.platform.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An inspection record as stored, with the events its last change still has to publish; task, object and status are copied up for queries. */
@Document(InspectionDocument.COLLECTION)
class InspectionDocument extends OutboxDocument {

    static final String COLLECTION = "inspections";

    @Id
    String id;
    String taskId;
    String objectId;
    InspectionStatus status;
    Inspection inspection;

    static InspectionDocument of(Inspection inspection) {
        InspectionDocument d = new InspectionDocument();
        d.id = inspection.id();
        d.update(inspection);
        return d;
    }

    void update(Inspection changed) {
        taskId = changed.taskId();
        objectId = changed.objectId();
        status = changed.status();
        inspection = changed;
    }
}
