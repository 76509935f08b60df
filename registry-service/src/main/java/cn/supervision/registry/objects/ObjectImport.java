package cn.supervision.registry.objects;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;
import cn.supervision.registry.access.ActingUser;
import cn.supervision.registry.access.DepartmentScope;
import cn.supervision.registry.departments.RegistrySettings;
import cn.supervision.registry.history.domain.Version;
import cn.supervision.registry.objects.domain.DirectoryRules;
import cn.supervision.registry.objects.domain.InspectionObject;
import cn.supervision.registry.spreadsheets.ImportRefused;
import cn.supervision.registry.spreadsheets.ImportReport;
import cn.supervision.registry.spreadsheets.RowProblem;
import cn.supervision.registry.spreadsheets.Sheet;
import cn.supervision.registry.spreadsheets.SheetRow;
import cn.supervision.registry.spreadsheets.Spreadsheets;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Bulk import of the object directory. Every row is checked first (the dry run stops there and reports every bad row
 * by row number and column); an import with any bad row changes nothing. Rows equal to what is stored change nothing,
 * so importing the same sheet twice is harmless. Applying writes chunks of {@value #CHUNK} objects through
 * {@link ImportBatchDocument}.
 */
@Service
class ObjectImport {

    static final int CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(ObjectImport.class);

    private final MongoTemplate mongo;
    private final ObjectDirectory directory;
    private final EventFactory events;
    private final RegistrySettings settings;
    private final DepartmentScope scope;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ParkedEvents parked;
    private final tools.jackson.databind.json.JsonMapper json;

    ObjectImport(MongoTemplate mongo, ObjectDirectory directory, EventFactory events, RegistrySettings settings, DepartmentScope scope,
            MeterRegistry meters, Clock clock, ParkedEvents parked, tools.jackson.databind.json.JsonMapper json) {
        this.parked = parked;
        this.json = json;
        this.mongo = mongo;
        this.directory = directory;
        this.events = events;
        this.settings = settings;
        this.scope = scope;
        this.meters = meters;
        this.clock = clock;
    }

    /** A row that passed every check: the object before (null when new, with its revision) and after. */
    record Planned(int row, InspectionObject before, int revision, InspectionObject after) {
    }

    ImportReport importFile(String filename, byte[] bytes, boolean dryRun, String reason) {
        long started = System.nanoTime();
        Sheet sheet = Spreadsheets.read(filename, bytes, settings.imports().maxFileSize().toBytes(), settings.imports().maxRows());
        ActingUser user = scope.current();
        List<Planned> plan = plan(sheet, user);
        int added = (int) plan.stream().filter(p -> p.before() == null).count();
        int unchanged = (int) plan.stream().filter(p -> p.after().equals(p.before())).count();
        int changed = plan.size() - added - unchanged;
        if (!dryRun) {
            apply(plan, user.name(), "import " + filename + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        Timer.builder("supervision.registry.import.duration").tag("directory", "objects").tag("mode", dryRun ? "dry-run" : "apply")
                .register(meters).record(java.time.Duration.ofMillis(millis));
        meters.counter("supervision.registry.import.rows", "directory", "objects", "outcome", dryRun ? "checked" : "applied")
                .increment(plan.size());
        log.info("object import {} of {}: {} rows, {} added, {} changed, {} unchanged in {} ms by {}", dryRun ? "dry run" : "applied", filename,
                plan.size(), added, changed, unchanged, millis, user.name());
        return new ImportReport("objects", dryRun, sheet.rows().size(), sheet.emptyRows(), added, changed, unchanged, millis);
    }

    /** Checks every row against the rules and the stored directory; refuses the whole file on the first pass that finds problems. */
    List<Planned> plan(Sheet sheet, ActingUser user) {
        List<RowProblem> problems = new ArrayList<>(sheet.problems());
        int[] at = ObjectSheet.LAYOUT.positions(sheet.header(), problems);
        if (!problems.isEmpty() && problems.stream().anyMatch(p -> p.row() == 1)) {
            throw ImportRefused.rows(problems, sheet.rows().size());
        }
        List<ObjectSheet.Row> rows = new ArrayList<>(sheet.rows().size());
        for (SheetRow row : sheet.rows()) {
            ObjectSheet.Row read = ObjectSheet.read(row, at, problems);
            if (read != null) {
                rows.add(read);
            }
        }
        Map<String, Integer> keyRows = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (ObjectSheet.Row row : rows) {
            String key = keyOf(row);
            if (key != null) {
                keys.add(key);
            }
        }
        Map<String, ObjectDocument> stored = load(keys);
        DirectoryRules rules = directory.rules();
        List<Planned> plan = new ArrayList<>(rows.size());
        for (ObjectSheet.Row row : rows) {
            try {
                InspectionObject candidate = InspectionObject.register(row.uscc(), row.code(), row.type(), row.details(), rules);
                Integer earlier = keyRows.putIfAbsent(candidate.key(), row.number());
                if (earlier != null) {
                    problems.add(new RowProblem(row.number(), candidate.uscc() != null ? "uscc" : "code",
                            "the same object as row " + earlier + " (" + candidate.key() + ")"));
                    continue;
                }
                ObjectDocument existing = stored.get(candidate.key());
                if (existing == null) {
                    scope.authorise(user, candidate.supervisingDepartments(), "supervisingDepartments");
                    plan.add(new Planned(row.number(), null, 0, candidate));
                    continue;
                }
                InspectionObject before = existing.toDomain();
                if (before.type() != row.type()) {
                    problems.add(new RowProblem(row.number(), "type", "the object is registered as " + before.type() + "; the type cannot change"));
                    continue;
                }
                InspectionObject.Details d = row.details();
                InspectionObject after = before.amend(new InspectionObject.Details(d.name(), d.industry(), d.region(), d.address(),
                        row.statusGiven() ? d.status() : null, d.supervisingDepartments(), d.staffTags(),
                        row.complaintsGiven() ? d.complaintCount() : null), rules);
                if (!after.equals(before)) {
                    scope.authorise(user, before.supervisingDepartments(), "supervisingDepartments");
                    scope.authorise(user, after.supervisingDepartments(), "supervisingDepartments");
                }
                plan.add(new Planned(row.number(), before, existing.revision, after));
            } catch (ProblemException refused) {
                for (FieldProblem p : refused.errors()) {
                    problems.add(new RowProblem(row.number(), p.field().replaceAll("\\[\\d+]$", ""), p.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
            meters.counter("supervision.registry.import.rows", "directory", "objects", "outcome", "refused").increment(problems.size());
            throw ImportRefused.rows(problems, sheet.rows().size());
        }
        return plan;
    }

    private static String keyOf(ObjectSheet.Row row) {
        if (!row.uscc().isEmpty()) {
            return row.uscc();
        }
        return row.code().isEmpty() ? null : row.code();
    }

    /** The stored objects among {@code keys}, without their history (not needed to compare). */
    private Map<String, ObjectDocument> load(List<String> keys) {
        Map<String, ObjectDocument> stored = new HashMap<>();
        if (keys.size() > 5000) {
            // one pass over the directory beats thousands of key look-ups on a large file
            java.util.Set<String> wanted = new java.util.HashSet<>(keys);
            Query all = new Query();
            all.fields().exclude("versions").exclude("outbox").exclude("creditEventTimes");
            try (var stream = mongo.stream(all, ObjectDocument.class)) {
                stream.filter(d -> wanted.contains(d.key)).forEach(d -> stored.put(d.key, d));
            }
            return stored;
        }
        for (int i = 0; i < keys.size(); i += 1000) {
            Query query = new Query(where("_id").in(keys.subList(i, Math.min(keys.size(), i + 1000))));
            query.fields().exclude("versions").exclude("outbox").exclude("creditEventTimes");
            mongo.find(query, ObjectDocument.class).forEach(d -> stored.put(d.key, d));
        }
        return stored;
    }

    /**
     * Chunks are written in order by one writer thread while this thread prepares the next one (events, states): on the
     * embedded server a write is a round trip that leaves this core idle, so preparing and writing overlap.
     */
    private void apply(List<Planned> plan, String who, String why) {
        long[] nanos = new long[3];
        String importId = UUID.randomUUID().toString();
        Instant now = Instant.now(clock);
        List<Planned> changes = plan.stream().filter(p -> !p.after().equals(p.before())).toList();
        java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> new Thread(r, "import-writer"));
        java.util.Deque<java.util.concurrent.Future<?>> writing = new java.util.ArrayDeque<>();
        try {
            for (int from = 0, chunk = 0; from < changes.size(); from += CHUNK, chunk++) {
                ImportBatchDocument batch = new ImportBatchDocument();
                batch.id = importId + "-" + chunk;
                batch.importId = importId;
                batch.chunk = chunk;
                batch.at = now;
                batch.who = who;
                batch.why = why;
                Map<String, InspectionObject> states = new HashMap<>();
                for (Planned p : changes.subList(from, Math.min(changes.size(), from + CHUNK))) {
                    batch.rows.add(new ImportBatchDocument.Row(p.after().key(), p.revision()));
                    states.put(p.after().key(), p.after());
                    String type = p.before() == null ? ObjectDirectory.REGISTERED : ObjectDirectory.eventType(p.before(), p.after());
                    batch.recordEvent(events.create(ObjectDirectory.TOPIC, type, p.after().key(), ObjectState.of(p.after())));
                }
                while (writing.size() >= 2) {
                    await(writing.removeFirst());
                }
                Map<String, String> logContext = org.slf4j.MDC.getCopyOfContextMap();
                writing.addLast(writer.submit(() -> {
                    if (logContext != null) {
                        org.slf4j.MDC.setContextMap(logContext); // service, trace: the writer's log lines belong to this import
                    }
                    long t0 = System.nanoTime();
                    mongo.insert(batch);
                    nanos[0] += System.nanoTime() - t0;
                    project(batch, states, nanos);
                }));
            }
            while (!writing.isEmpty()) {
                await(writing.removeFirst());
            }
        } finally {
            writer.shutdown();
        }
        log.info("import {} written: chunks {} ms, objects {} ms, marks {} ms", importId, nanos[0] / 1_000_000, nanos[1] / 1_000_000,
                nanos[2] / 1_000_000);
        parked.releaseAmong(changes.stream().filter(p -> p.before() == null).map(p -> p.after().key()).toList());
    }

    private static void await(java.util.concurrent.Future<?> write) {
        try {
            write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted; unwritten chunks are finished at the next start", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Writes the objects of a chunk, then marks it projected (its events may go out). Safe to repeat: a row whose
     * object already has the new revision is skipped. {@code states}: the new state per key (read back from the
     * events when a chunk is finished after a crash).
     */
    private void project(ImportBatchDocument batch, Map<String, InspectionObject> states, long[] nanos) {
        long t0 = System.nanoTime();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ObjectDocument.class);
        for (ImportBatchDocument.Row row : batch.rows) {
            InspectionObject o = states.get(row.key());
            Version<InspectionObject> version = batch.version(row, o);
            if (row.revisionBefore() == 0) {
                ObjectDocument d = ObjectDocument.of(o);
                d.versions = new ArrayList<>(List.of(version));
                d.revision = 1;
                d.setVersion(0L);
                bulk.insert(d);
            } else {
                Update update = new Update().set("name", o.name()).set("industry", o.industry()).set("region", o.region())
                        .set("address", o.address()).set("status", o.status()).set("supervisingDepartments", o.supervisingDepartments())
                        .set("riskLevel", o.riskLevel()).set("tags", o.tags()).set("complaintCount", o.complaintCount())
                        .set("revision", version.number()).inc("version", 1).push("versions", version);
                bulk.updateOne(new Query(where("_id").is(row.key()).and("revision").is(row.revisionBefore())), update);
            }
        }
        boolean allWritten = false;
        if (!batch.rows.isEmpty()) {
            try {
                com.mongodb.bulk.BulkWriteResult result = bulk.execute();
                allWritten = result.getInsertedCount() + result.getModifiedCount() == batch.rows.size();
            } catch (DuplicateKeyException | org.springframework.data.mongodb.BulkOperationException partly) {
                log.warn("import chunk {} partly applied already or raced with another change: {}", batch.id, partly.getMessage());
            }
        }
        long t1 = System.nanoTime();
        List<String> lost = allWritten ? List.of() : lostRows(batch);
        Update done = new Update().set("projected", true).unset("rows");
        if (!lost.isEmpty()) {
            // changed by someone else between the check and the write: their change stands, this row's event must not go out
            log.warn("import chunk {}: {} object(s) changed concurrently, not imported: {}", batch.id, lost.size(), lost);
            done.pull("outbox", new Document("key", new Document("$in", lost)));
            meters.counter("supervision.registry.import.rows", "directory", "objects", "outcome", "raced").increment(lost.size());
        }
        mongo.updateFirst(new Query(where("_id").is(batch.id)), done, ImportBatchDocument.class);
        nanos[1] += t1 - t0;
        nanos[2] += System.nanoTime() - t1;
    }

    /** Rows whose object does not carry the chunk's revision (read only when the bulk write did not write every row). */
    private List<String> lostRows(ImportBatchDocument batch) {
        Map<String, Integer> wanted = new HashMap<>();
        batch.rows.forEach(r -> wanted.put(r.key(), r.revisionBefore() + 1));
        Query query = new Query(where("_id").in(wanted.keySet()));
        query.fields().include("revision");
        Map<String, Integer> revisions = new HashMap<>();
        mongo.find(query, Document.class, "objects").forEach(d -> revisions.put(d.getString("_id"), d.getInteger("revision", 0)));
        List<String> lost = new ArrayList<>();
        wanted.forEach((key, revision) -> {
            if (revisions.getOrDefault(key, 0) < revision) {
                lost.add(key);
            }
        });
        return lost;
    }

    /** Finishes chunks a crash left unprojected, so their objects are written and their events published. */
    @EventListener(ApplicationReadyEvent.class)
    void finishInterruptedImports() {
        for (ImportBatchDocument batch : mongo.find(new Query(where("projected").is(false)), ImportBatchDocument.class)) {
            log.warn("finishing interrupted import chunk {}", batch.id);
            Map<String, InspectionObject> states = new HashMap<>();
            for (var event : batch.getOutbox()) {
                ObjectState state = json.readValue(event.payload(), ObjectState.class);
                states.put(state.objectId(), state.toDomain());
            }
            project(batch, states, new long[3]);
        }
    }
}
