package cn.supervision.registry.checkitems;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.supervision.platform.outbox.OutboxDocument;
import cn.supervision.registry.checkitems.domain.CheckItem;
import cn.supervision.registry.history.domain.Version;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A check item as stored: current state, every version, pending events — one document. */
@Document("check_items")
class CheckItemDocument extends OutboxDocument {

    @Id
    String code;
    CheckItem item;
    List<Version<CheckItem>> versions = new ArrayList<>();

    void change(CheckItem changed, Instant at, String who, String why) {
        code = changed.code();
        item = changed;
        if (versions == null) {
            versions = new ArrayList<>();
        }
        versions.add(new Version<>(versions.size() + 1, at, who, why, changed));
    }

    List<Version<CheckItem>> versions() {
        return versions == null ? List.of() : versions;
    }
}
