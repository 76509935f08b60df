package cn.supervision.disclosure.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import cn.supervision.disclosure.results.domain.PublicResult;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The store of public results: keyed upserts from events, and the searches of the public pages. On MongoDB the
 * indexes below serve exact criteria (USCC, object, task, department, category, date) with the newest-first sort;
 * a partial-name search is a literal, unanchored regex, which no B-tree index can serve (see docs/disclosure-service.md).
 */
@Component
public class PublicResults implements InitializingBean {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("resultDate"), Sort.Order.asc("_id"));

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PublicResults.class);

    private final MongoTemplate mongo;
    private final boolean indexed;
    private volatile ResultIndex index = new ResultIndex();
    /**
     * With the index, the public record itself, by inspection id: a page of matches is answered from memory, without a
     * round trip to Mongo (which cost as much CPU as all the rest of a search in the benchmark). Kept exactly like the
     * index: built at start, this instance's writes at once, other instances' by update time.
     */
    private volatile java.util.Map<String, PublicResult> records = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile java.time.Instant indexedUpTo = java.time.Instant.EPOCH;

    /** Search latency per driving criterion (a bounded set: never the searched values). */
    private final java.util.Map<String, io.micrometer.core.instrument.Timer> searchTimers = new java.util.HashMap<>();

    PublicResults(MongoTemplate mongo, @org.springframework.beans.factory.annotation.Value("${disclosure.search.in-memory-index:true}") boolean indexed,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.mongo = mongo;
        this.indexed = indexed;
        for (String by : List.of("uscc", "task", "name", "department", "category", "date", "all")) {
            searchTimers.put(by, io.micrometer.core.instrument.Timer.builder("supervision.disclosure.search.latency")
                    .description("One public search of results, page read included").tag("by", by).register(meters));
        }
        io.micrometer.core.instrument.Gauge.builder("supervision.disclosure.search.index.results", this, r -> r.index.size())
                .description("Results in the in-memory search index").register(meters);
        io.micrometer.core.instrument.Gauge.builder("supervision.disclosure.search.index.recent", this, r -> r.index.recentSize())
                .description("Results written since the index was last compacted (scanned by every search)").register(meters);
    }

    @Override
    public void afterPropertiesSet() {
        for (String field : List.of("objectId", "uscc", "taskId", "departments", "items.category")) {
            mongo.indexOps(PublicResultDocument.class).createIndex(new Index().on(field, Sort.Direction.ASC).on("resultDate", Sort.Direction.DESC));
        }
        mongo.indexOps(PublicResultDocument.class).createIndex(new Index().on("resultDate", Sort.Direction.DESC).on("_id", Sort.Direction.ASC));
        mongo.indexOps(PublicResultDocument.class).createIndex(new Index().on("updatedAt", Sort.Direction.ASC));
        if (indexed) {
            rebuildIndex();
        }
    }

    static final int INDEX_PAGE = 20_000;

    /**
     * Reads every public result into a fresh in-memory index and record (at start, and in benchmarks after a bulk load),
     * in pages: the embedded server answers a query in one message whatever the batch size.
     */
    void rebuildIndex() {
        long start = System.nanoTime();
        java.time.Instant upTo = java.time.Instant.now();
        java.util.Map<String, PublicResult> read = new java.util.concurrent.ConcurrentHashMap<>();
        SharedValues shared = new SharedValues();
        readInPages(new Query(), result -> read.put(result.inspectionId(), shared.of(result)));
        ResultIndex fresh = ResultIndex.of(read.values().stream().map(ResultIndex::entryOf).toList());
        index = fresh;
        records = read;
        indexedUpTo = upTo.minusSeconds(5);
        log.info("search index of {} public results built in {} ms", fresh.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Takes in results another instance stored (by their update time); this instance's own writes are indexed at once. */
    @org.springframework.scheduling.annotation.Scheduled(initialDelayString = "${disclosure.search.refresh-interval-ms:5000}",
            fixedDelayString = "${disclosure.search.refresh-interval-ms:5000}")
    void refreshIndex() {
        if (!indexed) {
            return;
        }
        java.time.Instant upTo = java.time.Instant.now();
        try {
            readInPages(new Query(where("updatedAt").gt(indexedUpTo)), this::remember);
        } catch (RuntimeException e) {
            log.warn("search index refresh failed, will retry: {}", e.toString());
            return;
        }
        // a little overlap, so a write stamped just before the query but committed after it is not missed
        indexedUpTo = upTo.minusSeconds(5);
    }

    /**
     * Pages in natural order (skip/limit, no sort): the embedded server would sort the whole collection for every page
     * of an {@code _id} range, and natural order is stable here because results are never deleted. A result written
     * meanwhile is caught by the next {@link #refreshIndex()} (by update time); a repeated one just replaces itself.
     */
    private void readInPages(Query base, java.util.function.Consumer<PublicResult> into) {
        for (long skip = 0; ; skip += INDEX_PAGE) {
            List<PublicResultDocument> documents = mongo.find(Query.of(base).skip(skip).limit(INDEX_PAGE), PublicResultDocument.class);
            for (PublicResultDocument d : documents) {
                into.accept(d.toDomain());
            }
            if (documents.size() < INDEX_PAGE) {
                return;
            }
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
                .set("kind", result.kind())
                .set("updatedAt", java.time.Instant.now())
                .setOnInsert("publishedOn", result.publishedOn());
        // the document as it was before, in the same atomic write: none means this write published it
        PublicResultDocument before = mongo.findAndModify(new Query(where("_id").is(result.inspectionId())), update,
                FindAndModifyOptions.options().upsert(true).returnNew(false), PublicResultDocument.class);
        if (indexed) {
            // a replaced result keeps the day it was first published: remember what is stored
            remember(before == null ? result : result.firstPublishedOn(before.publishedOn));
        }
        return before == null;
    }

    /** Puts a stored result into the index and the in-memory record. */
    private void remember(PublicResult stored) {
        records.put(stored.inspectionId(), stored);
        index.put(ResultIndex.entryOf(stored));
    }

    public List<PublicResult> search(ResultSearch search) {
        return mongo.find(criteria(search).with(NEWEST_FIRST).skip(search.skip()).limit(search.size()), PublicResultDocument.class).stream()
                .map(PublicResultDocument::toDomain).toList();
    }

    public long count(ResultSearch search) {
        return mongo.count(criteria(search), PublicResultDocument.class);
    }

    public ResultPage page(ResultSearch search) {
        long start = System.nanoTime();
        try {
            if (indexed) {
                ResultIndex.Hits hits = index.search(search);
                return new ResultPage(byIds(hits.ids()).stream().map(PublicResultView::of).toList(), search.page(), search.size(), hits.total());
            }
            return new ResultPage(search(search).stream().map(PublicResultView::of).toList(), search.page(), search.size(), count(search));
        } finally {
            searchTimers.get(drivenBy(search)).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    /** The metric tag of a search: its most selective kind of criterion. */
    private static String drivenBy(ResultSearch s) {
        if (s.uscc() != null) {
            return "uscc";
        }
        if (s.taskId() != null) {
            return "task";
        }
        if (s.name() != null) {
            return "name";
        }
        if (s.department() != null) {
            return "department";
        }
        if (s.category() != null) {
            return "category";
        }
        return s.from() != null || s.to() != null ? "date" : "all";
    }

    public List<PublicResult> ofObject(String objectId) {
        if (indexed) {
            return byIds(index.ofObject(objectId));
        }
        return mongo.find(new Query(where("objectId").is(objectId)).with(NEWEST_FIRST), PublicResultDocument.class).stream()
                .map(PublicResultDocument::toDomain).toList();
    }

    /**
     * Reads results by id, keeping the order given, in one query ({@code _id $in}): every Mongo server answers it from
     * its primary index, and a page costs one round trip instead of one per result.
     */
    private List<PublicResult> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, PublicResult> found = new java.util.HashMap<>();
        List<String> missing = new java.util.ArrayList<>();
        for (String id : ids) {
            PublicResult known = records.get(id);
            if (known != null) {
                found.put(id, known);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            for (PublicResultDocument document : mongo.find(new Query(where("_id").in(missing)), PublicResultDocument.class)) {
                found.put(document.inspectionId, document.toDomain());
            }
        }
        List<PublicResult> ordered = new java.util.ArrayList<>(ids.size());
        for (String id : ids) {
            PublicResult result = found.get(id);
            if (result != null) {
                ordered.add(result);
            }
        }
        return ordered;
    }

    /** One result; with the index, from the in-memory record (another instance's write shows after the next refresh). */
    public Optional<PublicResult> find(String inspectionId) {
        PublicResult known = records.get(inspectionId);
        if (known != null) {
            return Optional.of(known);
        }
        return Optional.ofNullable(mongo.findById(inspectionId, PublicResultDocument.class)).map(PublicResultDocument::toDomain);
    }

    /** Fills in deadlines counted while the calendar lacked a year; returns how many it filled. */
    int fillDeadlines(Function<LocalDate, Optional<LocalDate>> deadlineOf) {
        int filled = 0;
        Query unknown = new Query(where("deadlineUnknown").is(true));
        unknown.fields().include("_id", "resultDate");
        for (PublicResultDocument document : mongo.find(unknown, PublicResultDocument.class)) {
            Optional<LocalDate> due = deadlineOf.apply(document.resultDate);
            if (due.isPresent()) {
                PublicResultDocument filledIn = mongo.findAndModify(new Query(where("_id").is(document.inspectionId)),
                        new Update().set("disclosureDeadline", due.get()).set("deadlineUnknown", false).set("updatedAt", java.time.Instant.now()),
                        FindAndModifyOptions.options().returnNew(true), PublicResultDocument.class);
                if (indexed && filledIn != null) {
                    remember(filledIn.toDomain());
                }
                filled++;
            }
        }
        return filled;
    }

    private static Query criteria(ResultSearch s) {
        Query query = new Query();
        if (s.uscc() != null) {
            query.addCriteria(where("uscc").is(s.uscc()));
        }
        if (s.name() != null) {
            query.addCriteria(where("objectName").regex(Pattern.quote(s.name())));
        }
        if (s.taskId() != null) {
            query.addCriteria(where("taskId").is(s.taskId()));
        }
        if (s.department() != null) {
            query.addCriteria(where("departments").is(s.department()));
        }
        if (s.category() != null) {
            query.addCriteria(where("items.category").is(s.category()));
        }
        if (s.from() != null || s.to() != null) {
            Criteria date = where("resultDate");
            if (s.from() != null) {
                date = date.gte(s.from());
            }
            if (s.to() != null) {
                date = date.lte(s.to());
            }
            query.addCriteria(date);
        }
        if (s.kind() != null) {
            query.addCriteria(PublicResult.REFUSAL.equals(s.kind()) ? where("kind").is(PublicResult.REFUSAL) : where("kind").ne(PublicResult.REFUSAL));
        }
        return query;
    }
}
