package cn.supervision.registry.checkitems;

import cn.supervision.platform.outbox.OutboxDocument;
import cn.supervision.registry.checkitems.domain.CheckItem;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("check_items")
class CheckItemDocument extends OutboxDocument {

    @Id
    String code;
    CheckItem item;

    static CheckItemDocument of(CheckItem item) {
        CheckItemDocument d = new CheckItemDocument();
        d.code = item.code();
        d.item = item;
        return d;
    }
}
