package cn.supervision.platform.inbox;

import java.util.function.Consumer;

import cn.supervision.platform.events.CloudEvent;
import cn.supervision.platform.events.CloudEventHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.messaging.Message;

/**
 * Idempotent consumption. An event already recorded for this consumer is skipped; otherwise its effect runs and the
 * event is recorded. Without multi-document transactions the two writes are not atomic, so every effect must also be
 * a keyed write whose repetition changes nothing: the inbox makes redelivery cheap, the keyed write makes it safe.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    private final ProcessedEvents processed;
    private final MeterRegistry meters;
    private final String service;

    public EventInbox(ProcessedEvents processed, MeterRegistry meters, String service) {
        this.processed = processed;
        this.meters = meters;
        this.service = service;
    }

    public void receive(String consumer, Message<byte[]> message, Consumer<CloudEvent> effect) {
        CloudEvent event = CloudEventHeaders.fromMessage(message);
        MDC.put("service", service);
        MDC.put("eventId", event.id());
        MDC.put("subject", String.valueOf(event.subject()));
        try {
            if (processed.contains(consumer, event.id())) {
                count(consumer, event, "duplicate");
                log.debug("{} skipped redelivered {} {}", consumer, event.type(), event.id());
                return;
            }
            effect.accept(event);
            processed.add(consumer, event.id(), event.type());
            count(consumer, event, "applied");
            log.info("{} applied {} {} subject={}", consumer, event.type(), event.id(), event.subject());
        } catch (RuntimeException e) {
            count(consumer, event, "failed");
            throw e;
        } finally {
            MDC.remove("eventId");
            MDC.remove("subject");
        }
    }

    private void count(String consumer, CloudEvent event, String outcome) {
        Counter.builder("supervision.events.consumed").tag("consumer", consumer).tag("type", event.type()).tag("outcome", outcome)
                .register(meters).increment();
    }
}
