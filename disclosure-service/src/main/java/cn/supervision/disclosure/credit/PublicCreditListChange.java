package cn.supervision.disclosure.credit;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One published credit-list change (经营异常名录 / 严重违法失信名单), reason redacted. */
@Document("public_credit_lists")
public record PublicCreditListChange(@Id String id, String objectId, String uscc, String objectName, String list, String change, String reason,
        LocalDate effectiveDate, String sourceEventId) {

    public String listName() {
        return "SERIOUS_VIOLATION".equals(list) ? "严重违法失信名单" : "经营异常名录";
    }

    public String changeName() {
        return "LEFT".equals(change) ? "移出" : "列入";
    }
}
