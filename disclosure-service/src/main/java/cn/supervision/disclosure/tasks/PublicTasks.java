package cn.supervision.disclosure.tasks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.supervision.disclosure.ledger.Ledger;
import cn.supervision.disclosure.ledger.PublicRecord;
import cn.supervision.disclosure.ledger.domain.RecordKind;
import cn.supervision.disclosure.tasks.domain.DrawnListRule;
import cn.supervision.platform.events.CloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The public record of tasks and draws: keyed writes from sampling's events, and the task page's queries. */
@Component
public class PublicTasks implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(PublicTasks.class);

    private final MongoTemplate mongo;
    private final Ledger ledger;
    private final String samplingBaseUrl;

    PublicTasks(MongoTemplate mongo, Ledger ledger, @Value("${disclosure.sampling.public-base-url:http://127.0.0.1:8082}") String samplingBaseUrl) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.samplingBaseUrl = samplingBaseUrl.replaceAll("/+$", "");
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(DrawnEntryDocument.class).createIndex(new Index().on("taskId", Sort.Direction.ASC).on("rank", Sort.Direction.ASC));
        mongo.indexOps(DrawnEntryDocument.class).createIndex(new Index().on("objectId", Sort.Direction.ASC));
    }

    /** Replace-if-newer by the event's time, so that an old announcement redelivered late cannot roll a task back. */
    void announce(SamplingEvents.TaskPublished t, CloudEvent event) {
        Instant time = event.time() == null ? Instant.EPOCH : event.time();
        Update update = new Update().set("name", t.name()).set("taskType", t.taskType()).set("initiatingDepartment", t.initiatingDepartment())
                .set("departments", t.departments()).set("objectTypes", t.objectTypes()).set("checkItems", t.checkItems())
                .set("strata", t.strata()).set("teams", t.teams()).set("entropySource", t.entropySource()).set("publishedAt", t.publishedAt())
                .set("publishDrawnList", t.publishDrawnList()).set("announcementEventId", event.id()).set("announcementTime", time);
        Query newer = new Query(new Criteria().andOperator(where("_id").is(t.taskId()),
                new Criteria().orOperator(where("announcementTime").exists(false), where("announcementTime").lte(time))));
        try {
            mongo.upsert(newer, update, PublicTaskDocument.class);
        } catch (DuplicateKeyException older) {
            log.info("task {}: announcement {} older than the one held, ignored", t.taskId(), event.id());
            return;
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("taskId", t.taskId());
        content.put("name", t.name());
        content.put("taskType", t.taskType());
        content.put("initiatingDepartment", t.initiatingDepartment());
        content.put("departments", t.departments());
        content.put("objectTypes", t.objectTypes());
        content.put("checkItems", t.checkItems() == null ? List.of() : t.checkItems().stream().map(i -> Map.of("department", String.valueOf(i.department()),
                "code", String.valueOf(i.code()))).toList());
        content.put("entropySource", t.entropySource());
        content.put("publishedAt", t.publishedAt() == null ? null : t.publishedAt().toString());
        ledger.enter(PublicRecord.other(RecordKind.TASK, t.taskId(), event.id(), null, t.taskId(), t.departments(), content));
    }

    /** Adds a commitment once per freeze number; the first announcement of a task may still be on its way. */
    void commit(SamplingEvents.DrawCommitted c, CloudEvent event) {
        PublicTaskDocument.Commitment commitment = new PublicTaskDocument.Commitment(c.freezeNumber(), c.reason(), c.populationDigest(),
                c.rosterDigest(), c.paramsDigest(), c.commitment(), c.strata(), c.entropySource(), c.frozenAt(), event.id());
        Query notYet = new Query(new Criteria().andOperator(where("_id").is(c.taskId()), where("commitments.freezeNumber").ne(c.freezeNumber())));
        try {
            mongo.upsert(notYet, new Update().push("commitments", commitment), PublicTaskDocument.class);
        } catch (DuplicateKeyException already) {
            log.debug("task {}: commitment of freeze {} already held", c.taskId(), c.freezeNumber());
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("taskId", c.taskId());
        content.put("freezeNumber", c.freezeNumber());
        content.put("reason", c.reason());
        content.put("populationDigest", c.populationDigest());
        content.put("rosterDigest", c.rosterDigest());
        content.put("paramsDigest", c.paramsDigest());
        content.put("commitment", c.commitment());
        content.put("entropySource", c.entropySource());
        content.put("frozenAt", c.frozenAt() == null ? null : c.frozenAt().toString());
        ledger.enter(PublicRecord.other(RecordKind.DRAW_COMMITMENT, c.taskId() + "#" + c.freezeNumber(), event.id(), null, c.taskId(), List.of(),
                content));
    }

    /** Keeps every drawn object (the rule is applied when showing them); pushes it when the task's rule publishes it. */
    void drawn(SamplingEvents.SampleDrawn d, CloudEvent event) {
        boolean random = DrawnListRule.random(d.taskType(), d.rank());
        Update update = new Update().set("taskId", d.taskId()).set("taskType", d.taskType()).set("objectId", d.objectId()).set("uscc", d.uscc())
                .set("objectName", d.objectName()).set("objectType", d.objectType()).set("stratum", d.stratum()).set("rank", d.rank())
                .set("random", random).set("drawnAt", d.drawnAt()).set("sourceEventId", event.id());
        mongo.upsert(new Query(where("_id").is(d.taskId() + "/" + d.objectId())), update, DrawnEntryDocument.class);
        if (!DrawnListRule.publishes(publishRule(d.taskId()))) {
            log.info("task {}: drawn object {} kept unpublished (the task's rule does not publish the drawn list)", d.taskId(), d.objectId());
            return;
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("taskId", d.taskId());
        content.put("objectId", d.objectId());
        content.put("uscc", d.uscc());
        content.put("objectName", d.objectName());
        content.put("stratum", d.stratum());
        content.put("rank", d.rank());
        content.put("random", random);
        ledger.enter(PublicRecord.other(RecordKind.DRAWN, d.taskId() + "/" + d.objectId(), event.id(), d.objectId(), d.taskId(), List.of(), content));
    }

    private Boolean publishRule(String taskId) {
        PublicTaskDocument task = mongo.findById(taskId, PublicTaskDocument.class);
        return task == null ? null : task.publishDrawnList;
    }

    public boolean exists(String taskId) {
        return mongo.exists(new Query(where("_id").is(taskId)), PublicTaskDocument.class);
    }

    /** The task page, with one page of its drawn list (empty when the rule keeps it unpublished). */
    public Optional<TaskView> find(String taskId, int drawnPage, int drawnPageSize) {
        PublicTaskDocument t = mongo.findById(taskId, PublicTaskDocument.class);
        if (t == null) {
            return Optional.empty();
        }
        boolean published = DrawnListRule.publishes(t.publishDrawnList);
        Query drawnQuery = new Query(where("taskId").is(taskId));
        long count = published ? mongo.count(drawnQuery, DrawnEntryDocument.class) : 0;
        List<TaskView.DrawnView> drawn = published && drawnPageSize > 0
                ? mongo.find(drawnQuery.with(Sort.by("rank", "_id")).skip((long) drawnPage * drawnPageSize).limit(drawnPageSize), DrawnEntryDocument.class)
                        .stream().map(PublicTasks::view).toList()
                : List.of();
        String encoded = URLEncoder.encode(taskId, StandardCharsets.UTF_8).replace("+", "%20");
        List<TaskView.CommitmentView> commitments = t.commitments == null ? List.of() : t.commitments.stream()
                .sorted(java.util.Comparator.comparingInt(PublicTaskDocument.Commitment::freezeNumber))
                .map(c -> new TaskView.CommitmentView(c.freezeNumber(), c.reason(), c.populationDigest(), c.rosterDigest(), c.paramsDigest(),
                        c.commitment(), strata(c.strata()), c.entropySource(), c.frozenAt(), c.sourceEventId())).toList();
        return Optional.of(new TaskView(t.taskId, t.name, t.taskType, !"FOLLOW_UP".equals(t.taskType), t.initiatingDepartment, nz(t.departments),
                nz(t.objectTypes), t.checkItems == null ? List.of() : t.checkItems.stream().map(i -> new TaskView.CheckItemRef(i.department(), i.code())).toList(),
                strata(t.strata), t.teams == null ? List.of() : t.teams.stream().map(m -> new TaskView.TeamView(m.department(), m.count())).toList(),
                t.entropySource, t.publishedAt, t.name != null, commitments, published, count, drawn, drawnPage, drawnPageSize,
                samplingBaseUrl + "/tasks/" + encoded + "/transcript", samplingBaseUrl + "/public/tasks/" + encoded + "/was-i-drawn",
                t.announcementEventId));
    }

    /** The tasks announced, newest first. */
    public List<TaskView> list(int skip, int limit) {
        Query query = new Query(where("name").exists(true)).with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("_id"))).skip(skip).limit(limit);
        return mongo.find(query, PublicTaskDocument.class).stream().map(t -> find(t.taskId, 0, 0).orElseThrow()).toList();
    }

    /** The published draws an object was part of (tasks whose rule keeps the list unpublished are left out). */
    public List<TaskView.DrawnView> drawsOf(String objectId) {
        return mongo.find(new Query(where("objectId").is(objectId)).with(Sort.by(Sort.Order.desc("drawnAt"))), DrawnEntryDocument.class).stream()
                .filter(d -> DrawnListRule.publishes(publishRule(d.taskId))).map(PublicTasks::view).toList();
    }

    private static TaskView.DrawnView view(DrawnEntryDocument d) {
        return new TaskView.DrawnView(d.taskId, d.objectId, d.uscc, d.objectName, d.objectType, d.stratum, d.rank, d.random, d.drawnAt, d.sourceEventId);
    }

    private static List<TaskView.StratumView> strata(List<PublicTaskDocument.Stratum> strata) {
        return strata == null ? List.of() : strata.stream().map(s -> new TaskView.StratumView(s.name(), s.ratioBp(), s.n())).toList();
    }

    private static <T> List<T> nz(List<T> list) {
        return list == null ? List.of() : list;
    }
}
