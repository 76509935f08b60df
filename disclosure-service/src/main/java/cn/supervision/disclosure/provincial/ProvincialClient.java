package cn.supervision.disclosure.provincial;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.java11.instrument.binder.jdk.MicrometerHttpClient;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Signed HTTP calls to the provincial platform; checks that every acknowledgement is well-formed and about what we sent. */
@Component
class ProvincialClient {

    private static final Set<String> ACK_STATUSES = Set.of("ACCEPTED", "DUPLICATE");

    /** The province's acknowledgement of one record. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ack(String recordKey, String receipt, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Acknowledgements(List<Ack> acknowledgements) {
    }

    private final ProvincialProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry meters;
    private final HttpClient http;

    private final org.springframework.core.env.Environment environment;

    ProvincialClient(ProvincialProperties properties, JsonMapper json, Clock clock, MeterRegistry meters,
            ObservationRegistry observations, org.springframework.core.env.Environment environment) {
        // observed: http.client.requests timings, and the push's trace continued at the province (traceparent)
        this.http = MicrometerHttpClient.instrumentationBuilder(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), meters)
                .observationRegistry(observations).build();
        this.environment = environment;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    /** Pushes one record; returns the province's receipt or throws {@link ProvincialRejection} / {@link ProvincialUnavailable}. */
    Ack push(String key, String body) {
        HttpResponse<String> response = send(signed(URI.create(baseUrl() + "/api/records"), body)
                .header("Content-Type", "application/json").header(ProvincialSignature.KEY_HEADER, key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw new ProvincialUnavailable("province answered " + status);
        }
        if (status >= 400) {
            throw new ProvincialRejection("province refused record " + key + " with " + status + ": " + abbreviate(response.body()));
        }
        Ack ack = read(response.body(), Ack.class, "acknowledgement");
        if (ack == null || ack.receipt() == null || ack.receipt().isBlank() || !ACK_STATUSES.contains(ack.status())) {
            invalid("malformed");
            throw new ProvincialUnavailable("malformed acknowledgement of " + key + ": " + abbreviate(response.body()));
        }
        if (!key.equals(ack.recordKey())) {
            invalid("foreign_key");
            throw new ProvincialUnavailable("the province acknowledged " + ack.recordKey() + " when sent " + key);
        }
        return ack;
    }

    /** Every acknowledgement the province holds from us (for reconciliation). */
    List<Ack> acknowledgements() {
        HttpResponse<String> response = send(signed(URI.create(baseUrl() + "/api/acknowledgements"), "").GET());
        if (response.statusCode() != 200) {
            throw new ProvincialUnavailable("province answered " + response.statusCode() + " to the reconciliation query");
        }
        Acknowledgements all = read(response.body(), Acknowledgements.class, "acknowledgement list");
        if (all == null || all.acknowledgements() == null) {
            throw new ProvincialUnavailable("malformed acknowledgement list: " + abbreviate(response.body()));
        }
        List<Ack> acks = new ArrayList<>();
        for (Ack ack : all.acknowledgements()) {
            if (ack == null || ack.recordKey() == null || ack.recordKey().isBlank()) {
                throw new ProvincialUnavailable("acknowledgement list has an entry without a record key");
            }
            acks.add(ack);
        }
        return acks;
    }

    /** Resolved per call, so that {@code ${local.server.port}} works for the simulator served by this very service. */
    private String baseUrl() {
        return environment.resolvePlaceholders(properties.baseUrl());
    }

    private HttpRequest.Builder signed(URI uri, String body) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header(ProvincialSignature.CLIENT_HEADER, properties.clientId())
                .header(ProvincialSignature.TIMESTAMP_HEADER, timestamp)
                .header(ProvincialSignature.SIGNATURE_HEADER, ProvincialSignature.sign(properties.secret(), timestamp, body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ProvincialUnavailable("province unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProvincialUnavailable("push interrupted (time limit)", e);
        }
    }

    private <T> T read(String body, Class<T> type, String what) {
        try {
            return json.readValue(body, type);
        } catch (JacksonException | IllegalArgumentException e) {
            invalid("malformed");
            throw new ProvincialUnavailable("malformed " + what + " from the province: " + abbreviate(body));
        }
    }

    private void invalid(String reason) {
        meters.counter("supervision.disclosure.push.replies.invalid", "reason", reason).increment();
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
