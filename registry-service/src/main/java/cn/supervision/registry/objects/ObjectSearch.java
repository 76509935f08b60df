package cn.supervision.registry.objects;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import cn.supervision.platform.problem.ProblemException;
import cn.supervision.registry.history.domain.History;
import cn.supervision.registry.objects.domain.InspectionObject;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Lists of the object directory: filtered, paged, sorted by key (stable: the same query gives the same pages).
 * With {@code asOf}, the list is what the directory said at that moment, rebuilt from every object's history.
 */
@Service
class ObjectSearch {

    static final int MAX_PAGE_SIZE = 500;

    private final MongoTemplate mongo;

    ObjectSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One page of a list: the objects, and how many match in all. */
    record Page(List<InspectionObject> items, int page, int size, long total, Instant asOf) {
    }

    Page page(ObjectFilter filter, Instant asOf, int page, int size) {
        if (page < 0) {
            throw ProblemException.invalid("page", "must be 0 or more (the first page is 0)");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.invalid("size", "must be 1 to " + MAX_PAGE_SIZE);
        }
        if (asOf == null) {
            Query query = new Query(filter.criteria());
            long total = mongo.count(query, ObjectDocument.class);
            query.with(Sort.by("_id")).skip((long) page * size).limit(size);
            query.fields().exclude("versions").exclude("outbox");
            return new Page(mongo.find(query, ObjectDocument.class).stream().map(ObjectDocument::toDomain).toList(), page, size, total, null);
        }
        List<InspectionObject> all = new ArrayList<>();
        each(filter, asOf, all::add);
        int from = (int) Math.min(all.size(), (long) page * size);
        return new Page(List.copyOf(all.subList(from, Math.min(all.size(), from + size))), page, size, all.size(), asOf);
    }

    /** Every matching object in key order (exports), now or as of a moment. */
    void each(ObjectFilter filter, Instant asOf, Consumer<InspectionObject> to) {
        if (asOf == null) {
            Query query = new Query(filter.criteria()).with(Sort.by("_id"));
            query.fields().exclude("versions").exclude("outbox");
            try (var stream = mongo.stream(query, ObjectDocument.class)) {
                stream.map(ObjectDocument::toDomain).forEach(to);
            }
            return;
        }
        Query query = new Query().with(Sort.by("_id"));
        query.fields().include("versions");
        try (var stream = mongo.stream(query, ObjectDocument.class)) {
            stream.forEach(d -> History.asOf(d.versions(), asOf).filter(filter::matches).ifPresent(to));
        }
    }
}
