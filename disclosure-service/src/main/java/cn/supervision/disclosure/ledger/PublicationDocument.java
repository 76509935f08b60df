package cn.supervision.disclosure.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.supervision.platform.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One ledger entry: a public record version, its deadline, its provincial push state (the durable push queue) and
 * the events it caused, in one document. Kept apart from the searched collections so that the outbox relay and the
 * push worker never scan the million public results.
 */
@Document(PublicationDocument.COLLECTION)
public class PublicationDocument extends OutboxDocument {

    public static final String COLLECTION = "publications";
    static final String PENDING = "PENDING";
    static final String ACKNOWLEDGED = "ACKNOWLEDGED";

    @Id
    public String key;
    public String kind;
    public boolean result;
    public String recordId;
    public String sourceEventId;
    public String objectId;
    public String taskId;
    public List<String> departments;
    public String category;
    public LocalDate resultDate;
    public LocalDate deadline;
    public boolean deadlineUnknown;
    public LocalDate publishedOn;
    public Instant enqueuedAt;
    public Map<String, Object> content;

    /** push queue: PENDING until the province acknowledged the key */
    public String pushStatus;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant leaseUntil;
    public String lastError;
    public Instant acknowledgedAt;
    public LocalDate deliveredOn;
    public String provincialReceipt;

    public boolean overdueRaised;
    public String overdueReason;
}
