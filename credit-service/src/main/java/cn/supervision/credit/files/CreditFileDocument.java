package cn.supervision.credit.files;

import java.util.List;

import cn.supervision.credit.files.domain.CreditEntry;
import cn.supervision.credit.files.domain.CreditFile;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A credit file as stored: one document per object, entries in the order they arrived. */
@Document(CreditFileDocument.COLLECTION)
class CreditFileDocument {

    static final String COLLECTION = "credit_files";

    @Id
    String objectId;
    String uscc;
    String name;
    List<CreditEntry> entries;

    CreditFile toDomain() {
        return CreditFile.of(objectId, uscc, name, entries == null ? List.of() : entries);
    }
}
