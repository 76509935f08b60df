package cn.supervision.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import cn.supervision.platform.tracing.EventTracing;
import tools.jackson.databind.json.JsonMapper;

/** Turns an event payload into a {@link PendingEvent} with a fresh id, the versioned CloudEvents type and the time. */
public class EventFactory {

    private final JsonMapper json;
    private final Clock clock;
    private final EventTracing tracing;

    public EventFactory(JsonMapper json, Clock clock, EventTracing tracing) {
        this.json = json;
        this.clock = clock;
        this.tracing = tracing;
    }

    /** {@code type} is versioned, e.g. {@code registry.ObjectRegistered.v1}; {@code key} is the aggregate id. */
    public PendingEvent create(String topic, String type, String key, Object payload) {
        return new PendingEvent(UUID.randomUUID().toString(), topic, type, key, key, Instant.now(clock), json.writeValueAsString(payload),
                tracing.capture());
    }
}
