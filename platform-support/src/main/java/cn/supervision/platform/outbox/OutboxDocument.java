package cn.supervision.platform.outbox;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Version;

/**
 * Base of every persisted aggregate that emits events. The change and its pending events are one document, so one
 * atomic write stores both (no multi-document transaction needed); {@link OutboxRelay} publishes and removes them.
 * The relay's lease field is deliberately not mapped here: a save by the application drops it, which at worst lets a
 * second relay instance publish a duplicate (consumers are idempotent) but never delays or loses an event.
 */
public abstract class OutboxDocument {

    @Version
    private Long version;

    private List<PendingEvent> outbox = new ArrayList<>();

    public void recordEvent(PendingEvent event) {
        outbox.add(event);
    }

    public List<PendingEvent> getOutbox() {
        return outbox;
    }

    public void setOutbox(List<PendingEvent> outbox) {
        this.outbox = outbox == null ? new ArrayList<>() : outbox;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
