package cn.supervision.disclosure.results;

import java.time.LocalDate;
import java.util.List;

import cn.supervision.disclosure.results.domain.ItemResult;
import cn.supervision.disclosure.results.domain.PublicResult;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A public result as stored: one document per inspection, keyed by its id, so that applying an event twice changes nothing. */
@Document(PublicResultDocument.COLLECTION)
class PublicResultDocument {

    static final String COLLECTION = "public_results";

    @Id
    String inspectionId;
    String taskId;
    String taskName;
    String taskType;
    String objectId;
    String uscc;
    String objectName;
    List<String> departments;
    List<ItemResult> items;
    String publicSummary;
    LocalDate inspectedOn;
    LocalDate resultDate;
    LocalDate publishedOn;
    LocalDate disclosureDeadline;
    boolean deadlineUnknown;
    String sourceEventId;
    String kind;
    java.time.Instant updatedAt;

    PublicResult toDomain() {
        return new PublicResult(inspectionId, taskId, taskName, taskType, objectId, uscc, objectName, departments, items, publicSummary,
                inspectedOn, resultDate, publishedOn, disclosureDeadline, deadlineUnknown, sourceEventId, kind);
    }
}
