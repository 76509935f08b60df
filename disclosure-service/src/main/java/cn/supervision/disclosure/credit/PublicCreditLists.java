package cn.supervision.disclosure.credit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import cn.supervision.disclosure.ledger.Ledger;
import cn.supervision.disclosure.ledger.PublicRecord;
import cn.supervision.disclosure.ledger.domain.RecordKind;
import cn.supervision.disclosure.results.domain.Redaction;
import cn.supervision.platform.events.CloudEvent;
import cn.supervision.platform.events.MalformedEventException;
import cn.supervision.platform.inbox.EventInbox;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Consumes {@code credit.records}: a {@code CreditListChanged} whose {@code publish} is true becomes public; nothing else does. */
@Component
public class PublicCreditLists {

    static final String LIST_CHANGED = "credit.CreditListChanged.v1";
    private static final Set<String> LISTS = Set.of("ABNORMAL_OPERATIONS", "SERIOUS_VIOLATION");
    private static final Logger log = LoggerFactory.getLogger(PublicCreditLists.class);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CreditListChanged(String objectId, String uscc, String objectName, String list, String change, String reason, LocalDate effectiveDate,
            Boolean publish, String decisionId) {
    }

    private final MongoTemplate mongo;
    private final Ledger ledger;

    PublicCreditLists(MongoTemplate mongo, Ledger ledger) {
        this.mongo = mongo;
        this.ledger = ledger;
    }

    @Configuration
    static class Events {
        @Bean
        Consumer<Message<byte[]>> creditRecords(EventInbox inbox, JsonMapper json, PublicCreditLists lists) {
            return message -> inbox.receive("creditRecords", message, event -> {
                if (LIST_CHANGED.equals(event.type())) {
                    lists.apply(read(json, event), event);
                }
            });
        }
    }

    void apply(CreditListChanged c, CloudEvent event) {
        if (!Boolean.TRUE.equals(c.publish())) {
            log.info("credit-list change of {} ({} {}) not published: its rule does not publish it", c.objectId(), c.change(), c.list());
            return;
        }
        // keyed by the decision when there is one, so a re-sent decision is one public entry
        String id = c.decisionId() != null && !c.decisionId().isBlank() ? c.decisionId() + ":" + c.change() : event.id();
        PublicCreditListChange change = new PublicCreditListChange(id, c.objectId(), c.uscc(), c.objectName(), c.list(), c.change(),
                Redaction.publicText(c.reason()), c.effectiveDate(), event.id());
        if (mongo.findById(id, PublicCreditListChange.class) == null) {
            mongo.save(change);
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("objectId", c.objectId());
        content.put("uscc", c.uscc());
        content.put("objectName", c.objectName());
        content.put("list", c.list());
        content.put("change", c.change());
        content.put("reason", change.reason());
        content.put("effectiveDate", c.effectiveDate() == null ? null : c.effectiveDate().toString());
        ledger.enter(PublicRecord.other(RecordKind.CREDIT_LIST, id, event.id(), c.objectId(), null, List.of(), content));
    }

    public List<PublicCreditListChange> ofObject(String objectId) {
        return mongo.find(new Query(where("objectId").is(objectId)).with(Sort.by(Sort.Order.desc("effectiveDate"))), PublicCreditListChange.class);
    }

    private static CreditListChanged read(JsonMapper json, CloudEvent event) {
        CreditListChanged changed;
        try {
            changed = json.readValue(event.data(), CreditListChanged.class);
        } catch (JacksonException e) {
            throw new MalformedEventException("unreadable " + event.type() + " " + event.id(), e);
        }
        if (changed == null || changed.objectId() == null || changed.objectId().isBlank() || !LISTS.contains(changed.list())
                || !Set.of("ENTERED", "LEFT").contains(changed.change())) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks objectId or has an unknown list or change");
        }
        return changed;
    }
}
