package cn.supervision.credit.files;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.supervision.credit.assessment.domain.Assessment;
import cn.supervision.credit.files.domain.CreditEntry;
import cn.supervision.credit.files.domain.CreditFile;
import cn.supervision.credit.repair.domain.RepairApplication;
import cn.supervision.platform.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Everything credit holds about one object, as one document: the facts (entries in arrival order, repair
 * applications), the assessment derived from them, and the events announcing the last change — so that a change
 * and its events are one atomic write. {@code lists}, {@code riskLevel} and {@code nextReviewOn} repeat parts of
 * the assessment for queries.
 */
@Document(CreditFileDocument.COLLECTION)
class CreditFileDocument extends OutboxDocument {

    static final String COLLECTION = "credit_files";

    @Id
    String objectId;
    String uscc;
    String name;
    List<CreditEntry> entries = new ArrayList<>();
    List<RepairApplication> repairApplications = new ArrayList<>();
    Assessment assessment;
    List<String> lists = new ArrayList<>();
    String riskLevel;
    LocalDate nextReviewOn;

    static CreditFileDocument empty(String objectId) {
        CreditFileDocument doc = new CreditFileDocument();
        doc.objectId = objectId;
        return doc;
    }

    List<CreditEntry> entries() {
        return entries == null ? List.of() : entries;
    }

    List<RepairApplication> repairApplications() {
        return repairApplications == null ? List.of() : repairApplications;
    }

    CreditFile toDomain() {
        return CreditFile.of(objectId, uscc, name, entries());
    }

    String displayName() {
        return name != null ? name : objectId;
    }
}
