package cn.supervision.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * 审计留痕: one entry per staff write (and per refused write attempt) in the append-only {@code audit_trail}
 * collection, and the same entry as one JSON line on the {@code supervision.audit} logger for the log stream. There is
 * no code that updates or deletes an entry. Services add what only they know (entity, before, after) with
 * {@link #change}.
 */
public final class AuditTrail {

    public static final String COLLECTION = "audit_trail";
    static final String REQUEST_ID = "X-Request-Id";
    private static final String CHANGE = AuditTrail.class.getName() + ".change";
    private static final Logger stream = LoggerFactory.getLogger("supervision.audit");
    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;
    private final String service;
    private final MeterRegistry meters;

    AuditTrail(MongoTemplate mongo, JsonMapper json, Clock clock, String service, MeterRegistry meters) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
        this.service = service;
        this.meters = meters;
    }

    /** What the service changed in this request: entity type and id, the state before (null when created) and after. */
    public static void change(String entityType, String entityId, Object before, Object after) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(CHANGE, new Change(entityType, entityId, before, after), RequestAttributes.SCOPE_REQUEST);
        }
    }

    record Change(String entityType, String entityId, Object before, Object after) {
    }

    /** A write that reached the application; {@code status} is what the client got. */
    void written(HttpServletRequest request, int status, StaffUser user) {
        Change change = request.getAttribute(CHANGE) instanceof Change c ? c : null;
        store(request, status, user, change);
    }

    /** A write refused by the security layer (401 no valid token, 403 wrong role). Reads are not audited. */
    void refused(HttpServletRequest request, int status) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) && !"OPTIONS".equals(request.getMethod())) {
            store(request, status, StaffUser.current().orElse(null), null);
        }
        Counter.builder("supervision.security.refused").description("Requests refused by authentication (401) or role (403)")
                .tag("status", String.valueOf(status)).register(meters).increment();
    }

    private void store(HttpServletRequest request, int status, StaffUser user, Change change) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("_id", UUID.randomUUID().toString());
        entry.put("service", service);
        entry.put("at", Instant.now(clock).toString());
        entry.put("user", user == null ? "anonymous" : user.id());
        entry.put("userName", user == null ? null : user.name());
        entry.put("role", user == null ? "NONE" : user.mainRole());
        entry.put("department", user == null ? null : user.department());
        entry.put("method", request.getMethod());
        entry.put("path", request.getRequestURI());
        entry.put("entityType", change != null ? change.entityType() : entityType(request.getRequestURI()));
        entry.put("entityId", change != null ? change.entityId() : null);
        entry.put("before", change == null ? null : asJson(change.before()));
        entry.put("after", change == null ? null : asJson(change.after()));
        entry.put("requestId", requestId(request));
        entry.put("status", status);
        entry.put("outcome", status < 400 ? "done" : status == 401 || status == 403 ? "refused" : "rejected");
        try {
            stream.info(json.writeValueAsString(entry));
            mongo.insert(new Document(entry), COLLECTION);
        } catch (RuntimeException e) {
            // the write itself has happened; a lost audit entry must be visible to operators, not to the clerk
            log.error("audit entry not stored for {} {} (request {})", request.getMethod(), request.getRequestURI(), entry.get("requestId"), e);
            Counter.builder("supervision.audit.failures").register(meters).increment();
            return;
        }
        Counter.builder("supervision.audit.entries").description("Audit trail entries written")
                .tag("outcome", (String) entry.get("outcome")).register(meters).increment();
    }

    /** The request id the client sent, else one made here (echoed in the response header by {@link AuditFilter}). */
    static String requestId(HttpServletRequest request) {
        Object known = request.getAttribute(REQUEST_ID);
        if (known instanceof String id) {
            return id;
        }
        String given = request.getHeader(REQUEST_ID);
        String id = given != null && given.matches("[A-Za-z0-9._-]{1,64}") ? given : UUID.randomUUID().toString();
        request.setAttribute(REQUEST_ID, id);
        return id;
    }

    private static String entityType(String path) {
        String[] parts = path.split("/");
        return parts.length > 1 ? parts[1] : "";
    }

    private Object asJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Document.parse(json.writeValueAsString(Map.of("v", value))).get("v");
        } catch (RuntimeException e) {
            return String.valueOf(value);
        }
    }

    /** Newest first, at most {@code limit}: who did what to {@code entityId}, or what {@code user} did, in a time window. */
    public List<Document> find(String entityId, String user, Instant from, Instant to, int limit) {
        Query query = new Query();
        if (entityId != null && !entityId.isBlank()) {
            query.addCriteria(new Criteria().orOperator(Criteria.where("entityId").is(entityId),
                    Criteria.where("path").regex(".*/" + java.util.regex.Pattern.quote(entityId) + "(/.*)?$")));
        }
        if (user != null && !user.isBlank()) {
            query.addCriteria(Criteria.where("user").is(user));
        }
        if (from != null || to != null) {
            Criteria at = Criteria.where("at");
            if (from != null) {
                at = at.gte(from.toString());
            }
            if (to != null) {
                at = at.lt(to.toString());
            }
            query.addCriteria(at);
        }
        query.with(Sort.by(Sort.Direction.DESC, "at")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION);
    }
}
