package cn.supervision.disclosure.checkitems;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.supervision.disclosure.ledger.Ledger;
import cn.supervision.disclosure.ledger.PublicRecord;
import cn.supervision.disclosure.ledger.domain.RecordKind;
import cn.supervision.platform.events.CloudEvent;
import cn.supervision.platform.events.MalformedEventException;
import cn.supervision.platform.inbox.EventInbox;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Consumes {@code registry.check-items} into the public list and serves it at {@code /public/check-items}. */
@RestController
public class PublicCheckItems {

    static final String CHANGED = "registry.CheckItemChanged.v1";
    private static final Logger log = LoggerFactory.getLogger(PublicCheckItems.class);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CheckItemChanged(String code, String name, String legalBasis, String department, String objectType, String content,
            List<String> methods, String kind, String status, java.time.LocalDate effectiveFrom, java.time.LocalDate effectiveTo,
            String initiatingDepartment, List<String> participatingDepartments) {
    }

    private final MongoTemplate mongo;
    private final Ledger ledger;

    PublicCheckItems(MongoTemplate mongo, Ledger ledger) {
        this.mongo = mongo;
        this.ledger = ledger;
    }

    /** The consumer of registry's check-item events (binding {@code checkItems-in-0}). */
    @Configuration
    static class Events {
        @Bean
        Consumer<Message<byte[]>> checkItems(EventInbox inbox, JsonMapper json, PublicCheckItems items) {
            return message -> inbox.receive("checkItems", message, event -> {
                if (CHANGED.equals(event.type())) {
                    items.apply(read(json, event), event);
                }
            });
        }
    }

    /** Replace-if-newer by event time: an old change redelivered late cannot bring back a retired item. */
    void apply(CheckItemChanged c, CloudEvent event) {
        Instant time = event.time() == null ? Instant.EPOCH : event.time();
        Update update = new Update().set("name", c.name()).set("legalBasis", c.legalBasis()).set("department", c.department())
                .set("objectType", c.objectType()).set("content", c.content()).set("methods", c.methods()).set("kind", c.kind())
                .set("status", c.status()).set("effectiveFrom", c.effectiveFrom()).set("effectiveTo", c.effectiveTo())
                .set("initiatingDepartment", c.initiatingDepartment()).set("participatingDepartments", c.participatingDepartments())
                .set("eventTime", time).set("sourceEventId", event.id());
        Query newer = new Query(new Criteria().andOperator(where("_id").is(c.code()),
                new Criteria().orOperator(where("eventTime").exists(false), where("eventTime").lte(time))));
        try {
            mongo.upsert(newer, update, PublicCheckItem.class);
        } catch (DuplicateKeyException older) {
            log.info("check item {}: change {} older than the one held, ignored", c.code(), event.id());
            return;
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("code", c.code());
        content.put("name", c.name());
        content.put("legalBasis", c.legalBasis());
        content.put("department", c.department());
        content.put("objectType", c.objectType());
        content.put("content", c.content());
        content.put("methods", c.methods());
        content.put("kind", c.kind());
        content.put("status", c.status());
        ledger.enter(PublicRecord.other(RecordKind.CHECK_ITEM, c.code(), event.id(), null, null,
                c.department() == null ? List.of() : List.of(c.department()), content));
    }

    /** The public list: active items by default, {@code all=true} adds retired ones; optionally one department's. */
    @GetMapping("/public/check-items")
    public List<PublicCheckItem> list(@RequestParam(required = false) String department, @RequestParam(defaultValue = "false") boolean all) {
        Query query = new Query();
        if (!all) {
            query.addCriteria(where("status").is("ACTIVE"));
        }
        if (department != null && !department.isBlank()) {
            query.addCriteria(where("department").is(department.strip()));
        }
        return mongo.find(query.with(Sort.by("department", "_id")), PublicCheckItem.class);
    }

    private static CheckItemChanged read(JsonMapper json, CloudEvent event) {
        CheckItemChanged changed;
        try {
            changed = json.readValue(event.data(), CheckItemChanged.class);
        } catch (JacksonException e) {
            throw new MalformedEventException("unreadable " + event.type() + " " + event.id(), e);
        }
        if (changed == null || changed.code() == null || changed.code().isBlank() || changed.name() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks code or name");
        }
        return changed;
    }
}
