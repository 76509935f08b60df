package cn.supervision.disclosure.results;

import java.util.List;
import java.util.regex.Pattern;

import cn.supervision.disclosure.results.domain.PublicResult;
import com.mongodb.client.result.UpdateResult;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The store of public results: keyed upserts from events, and the searches of the public pages. */
@Component
class PublicResults implements InitializingBean {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("resultDate"), Sort.Order.asc("_id"));

    private final MongoTemplate mongo;

    PublicResults(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        for (String field : List.of("objectId", "uscc", "taskId")) {
            mongo.indexOps(PublicResultDocument.class).createIndex(new Index().on(field, Sort.Direction.ASC));
        }
    }

    /**
     * Stores {@code result} under its inspection id in one atomic upsert: a redelivered or re-sent event for the same
     * inspection replaces the content but keeps the day it was first published. Returns whether it is new.
     */
    boolean upsert(PublicResult result) {
        Update update = new Update()
                .set("taskId", result.taskId())
                .set("taskName", result.taskName())
                .set("taskType", result.taskType())
                .set("objectId", result.objectId())
                .set("uscc", result.uscc())
                .set("objectName", result.objectName())
                .set("departments", result.departments())
                .set("items", result.items())
                .set("publicSummary", result.publicSummary())
                .set("inspectedOn", result.inspectedOn())
                .set("resultDate", result.resultDate())
                .set("disclosureDeadline", result.disclosureDeadline())
                .set("deadlineUnknown", result.deadlineUnknown())
                .set("sourceEventId", result.sourceEventId())
                .setOnInsert("publishedOn", result.publishedOn());
        UpdateResult outcome = mongo.upsert(new Query(where("_id").is(result.inspectionId())), update, PublicResultDocument.class);
        return outcome.getUpsertedId() != null;
    }

    /** Blank criteria are ignored; {@code name} matches any part of the object's name, literally (no regex). */
    List<PublicResult> search(String uscc, String name, String taskId, long skip, int limit) {
        return mongo.find(criteria(uscc, name, taskId).with(NEWEST_FIRST).skip(skip).limit(limit), PublicResultDocument.class).stream()
                .map(PublicResultDocument::toDomain).toList();
    }

    long count(String uscc, String name, String taskId) {
        return mongo.count(criteria(uscc, name, taskId), PublicResultDocument.class);
    }

    List<PublicResult> ofObject(String objectId) {
        return mongo.find(new Query(where("objectId").is(objectId)).with(NEWEST_FIRST), PublicResultDocument.class).stream()
                .map(PublicResultDocument::toDomain).toList();
    }

    private static Query criteria(String uscc, String name, String taskId) {
        Query query = new Query();
        if (uscc != null) {
            query.addCriteria(where("uscc").is(uscc));
        }
        if (name != null) {
            query.addCriteria(where("objectName").regex(Pattern.quote(name)));
        }
        if (taskId != null) {
            query.addCriteria(where("taskId").is(taskId));
        }
        return query;
    }
}
