package cn.supervision.platform.tracing;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Carries a trace across the outbox. The request that changes state and the relay that later publishes the event
 * run on different threads, possibly minutes apart: the trace context is captured (W3C {@code traceparent}) when
 * the event is stored and continued when it is published, so one trace links the REST call to every effect.
 */
public class EventTracing {

    /** For code paths without a tracer (tests constructing the relay by hand). */
    public static final EventTracing NONE = new EventTracing(null, null);

    private final Tracer tracer;
    private final Propagator propagator;

    public EventTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current trace context as propagation headers; empty outside a trace. */
    public Map<String, String> capture() {
        Map<String, String> headers = new HashMap<>();
        if (tracer != null) {
            TraceContext context = tracer.currentTraceContext().context();
            if (context != null) {
                propagator.inject(context, headers, Map::put);
            }
        }
        return headers;
    }

    /** Runs {@code work} in a producer span that continues the captured trace (a new trace when none was captured). */
    public void continueWith(Map<String, String> captured, String name, Runnable work) {
        if (tracer == null) {
            work.run();
            return;
        }
        Span span = (captured == null || captured.isEmpty() ? tracer.spanBuilder() : propagator.extract(captured, Map::get))
                .name(name).kind(Span.Kind.PRODUCER).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            work.run();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
