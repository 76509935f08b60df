package cn.supervision.platform.security;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.supervision.platform.problem.ProblemException;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /audit}: for auditors and the platform administrator, in every service (there is no write endpoint). */
@RestController
public class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    List<Document> find(@RequestParam(required = false) String entityId, @RequestParam(required = false) String user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ProblemException.invalid("limit", "must be between 1 and 1000");
        }
        return audit.find(entityId, user, instant("from", from), instant("to", to), limit);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 instant such as 2026-05-01T00:00:00Z");
        }
    }
}
