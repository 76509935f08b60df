package cn.supervision.disclosure.provincial.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import cn.supervision.disclosure.provincial.ProvincialSignature;
import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulated provincial platform. State lives in memory: it is a test and demo tool, not a store. */
@RestController
@RequestMapping("/simulator/province")
@ConditionalOnProperty(name = "disclosure.provincial.simulator.enabled", havingValue = "true")
class ProvincialSimulator {

    static final long CLOCK_SKEW_SECONDS = 300;
    private static final Logger log = LoggerFactory.getLogger(ProvincialSimulator.class);

    record Received(String recordKey, String receipt, String bodyHash, Instant receivedAt, String body) {
    }

    private final Map<String, Received> records = new ConcurrentHashMap<>();
    private final AtomicReference<SimulatorFaults> faults = new AtomicReference<>(SimulatorFaults.NONE);
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong badSignatures = new AtomicLong();
    private final AtomicInteger receipts = new AtomicInteger();
    private final String secret;
    private final Clock clock;
    private final JsonMapper json;

    ProvincialSimulator(@Value("${disclosure.provincial.simulator.secret:${disclosure.provincial.secret:}}") String secret, Clock clock,
            JsonMapper json) {
        this.secret = secret;
        this.clock = clock;
        this.json = json;
    }

    @PostMapping(value = "/api/records", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> receive(@RequestBody(required = false) String body,
            @RequestHeader(value = ProvincialSignature.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestHeader(value = ProvincialSignature.SIGNATURE_HEADER, required = false) String signature,
            @RequestHeader(value = ProvincialSignature.KEY_HEADER, required = false) String key) throws InterruptedException {
        requests.incrementAndGet();
        String text = body == null ? "" : body;
        if (!signedNow(timestamp, signature, text)) {
            return answer(HttpStatus.UNAUTHORIZED, "{\"error\":\"signature or timestamp invalid\"}");
        }
        SimulatorFaults f = faults.get();
        if (f.outage()) {
            return answer(HttpStatus.SERVICE_UNAVAILABLE, "{\"error\":\"platform under maintenance\"}");
        }
        if (f.slowMillis() > 0) {
            Thread.sleep(f.slowMillis());
        }
        if (roll(f.timeoutRate())) {
            Thread.sleep(f.hangMillis());
        }
        if (countDown(Countdown.FAIL) || roll(f.errorRate())) {
            return answer(HttpStatus.INTERNAL_SERVER_ERROR, "{\"error\":\"internal error\"}");
        }
        if (key == null || key.isBlank()) {
            return answer(HttpStatus.BAD_REQUEST, "{\"error\":\"Idempotency-Key missing\"}");
        }
        String bodyKey;
        try {
            JsonNode parsed = json.readTree(text);
            bodyKey = parsed.path("recordKey").asString("");
        } catch (JacksonException e) {
            return answer(HttpStatus.BAD_REQUEST, "{\"error\":\"body is not JSON\"}");
        }
        if (!key.equals(bodyKey)) {
            return answer(HttpStatus.BAD_REQUEST, "{\"error\":\"Idempotency-Key and recordKey differ\"}");
        }
        String hash = sha256(text);
        Received fresh = new Received(key, "SX-" + String.format("%08d", receipts.incrementAndGet()), hash, clock.instant(), text);
        Received stored = records.putIfAbsent(key, fresh);
        boolean duplicate = stored != null;
        Received record = duplicate ? stored : fresh;
        if (duplicate && !stored.bodyHash().equals(hash)) {
            return answer(HttpStatus.CONFLICT, "{\"error\":\"key already used for another body\"}");
        }
        if (countDown(Countdown.MALFORMED) || roll(f.malformedRate())) {
            return answer(HttpStatus.OK, "<html>gateway says hello</html>");
        }
        String ackKey = countDown(Countdown.FOREIGN_KEY) || roll(f.foreignKeyRate()) ? "FOREIGN:" + key : key;
        log.debug("simulator {} {}", duplicate ? "duplicate" : "accepted", key);
        return answer(duplicate ? HttpStatus.OK : HttpStatus.CREATED, json.writeValueAsString(
                Map.of("recordKey", ackKey, "receipt", record.receipt(), "status", duplicate ? "DUPLICATE" : "ACCEPTED")));
    }

    @GetMapping(value = "/api/acknowledgements", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> acknowledgements(@RequestHeader(value = ProvincialSignature.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestHeader(value = ProvincialSignature.SIGNATURE_HEADER, required = false) String signature) {
        if (!signedNow(timestamp, signature, "")) {
            return answer(HttpStatus.UNAUTHORIZED, "{\"error\":\"signature or timestamp invalid\"}");
        }
        if (faults.get().outage()) {
            return answer(HttpStatus.SERVICE_UNAVAILABLE, "{\"error\":\"platform under maintenance\"}");
        }
        List<Map<String, String>> acks = records.values().stream().map(r -> Map.of("recordKey", r.recordKey(), "receipt", r.receipt()))
                .toList();
        return answer(HttpStatus.OK, json.writeValueAsString(Map.of("acknowledgements", acks)));
    }

    /** The simulator's state: faults in force, requests seen, records held. */
    @GetMapping("/admin")
    Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("faults", faults.get());
        state.put("requests", requests.get());
        state.put("badSignatures", badSignatures.get());
        state.put("records", records.size());
        return state;
    }

    /** The faults asked for; whatever is left out is off. */
    record FaultsRequest(Boolean outage, Double errorRate, Double timeoutRate, Long slowMillis, Long hangMillis, Double malformedRate,
            Double foreignKeyRate, Integer failNext, Integer malformedNext, Integer foreignKeyNext) {

        SimulatorFaults faults() {
            return new SimulatorFaults(Boolean.TRUE.equals(outage), or(errorRate), or(timeoutRate), slowMillis == null ? 0 : slowMillis,
                    hangMillis == null ? 0 : hangMillis, or(malformedRate), or(foreignKeyRate), failNext == null ? 0 : failNext,
                    malformedNext == null ? 0 : malformedNext, foreignKeyNext == null ? 0 : foreignKeyNext);
        }

        private static double or(Double value) {
            return value == null ? 0 : value;
        }
    }

    @PutMapping("/admin/faults")
    SimulatorFaults setFaults(@RequestBody FaultsRequest request) {
        SimulatorFaults wanted = request.faults();
        List<FieldProblem> problems = new ArrayList<>();
        rate("errorRate", wanted.errorRate(), problems);
        rate("timeoutRate", wanted.timeoutRate(), problems);
        rate("malformedRate", wanted.malformedRate(), problems);
        rate("foreignKeyRate", wanted.foreignKeyRate(), problems);
        if (wanted.slowMillis() < 0 || wanted.slowMillis() > 120_000) {
            problems.add(new FieldProblem("slowMillis", "must be between 0 and 120000"));
        }
        if (wanted.hangMillis() < 0 || wanted.hangMillis() > 300_000) {
            problems.add(new FieldProblem("hangMillis", "must be between 0 and 300000"));
        }
        if (wanted.failNext() < 0 || wanted.malformedNext() < 0 || wanted.foreignKeyNext() < 0) {
            problems.add(new FieldProblem("failNext", "counts must not be negative"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        SimulatorFaults applied = new SimulatorFaults(wanted.outage(), wanted.errorRate(), wanted.timeoutRate(), wanted.slowMillis(),
                wanted.hangMillis() == 0 ? SimulatorFaults.NONE.hangMillis() : wanted.hangMillis(), wanted.malformedRate(), wanted.foreignKeyRate(),
                wanted.failNext(), wanted.malformedNext(), wanted.foreignKeyNext());
        faults.set(applied);
        log.warn("provincial simulator faults now {}", applied);
        return applied;
    }

    @DeleteMapping("/admin/faults")
    SimulatorFaults clearFaults() {
        faults.set(SimulatorFaults.NONE);
        log.warn("provincial simulator faults cleared");
        return SimulatorFaults.NONE;
    }

    /** The records received, optionally only one key (with its body, to see what was sent). */
    @GetMapping("/admin/records")
    List<Received> received(@RequestParam(required = false) String key) {
        if (key != null) {
            Received one = records.get(key);
            return one == null ? List.of() : List.of(one);
        }
        return List.copyOf(records.values());
    }

    /** Makes the province hold an acknowledgement of a record it never got from us (for reconciliation drills). */
    @PostMapping("/admin/foreign-acknowledgements")
    Received injectForeign(@RequestParam String key) {
        Received foreign = new Received(key, "SX-FOREIGN-" + receipts.incrementAndGet(), "", clock.instant(), "");
        records.put(key, foreign);
        return foreign;
    }

    /** Forgets a record, as if the province lost it. */
    @DeleteMapping("/admin/records")
    Map<String, Object> forget(@RequestParam String key) {
        return Map.of("removed", records.remove(key) != null);
    }

    private boolean signedNow(String timestamp, String signature, String body) {
        boolean fresh;
        try {
            fresh = timestamp != null && Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp)) <= CLOCK_SKEW_SECONDS;
        } catch (NumberFormatException e) {
            fresh = false;
        }
        boolean ok = fresh && ProvincialSignature.verify(secret, timestamp, body, signature);
        if (!ok) {
            badSignatures.incrementAndGet();
        }
        return ok;
    }

    enum Countdown { FAIL, MALFORMED, FOREIGN_KEY }

    /** Takes one from the named countdown when it is above zero; returns whether it did. */
    private boolean countDown(Countdown which) {
        while (true) {
            SimulatorFaults f = faults.get();
            int left = switch (which) {
                case FAIL -> f.failNext();
                case MALFORMED -> f.malformedNext();
                case FOREIGN_KEY -> f.foreignKeyNext();
            };
            if (left <= 0) {
                return false;
            }
            SimulatorFaults next = new SimulatorFaults(f.outage(), f.errorRate(), f.timeoutRate(), f.slowMillis(), f.hangMillis(),
                    f.malformedRate(), f.foreignKeyRate(), f.failNext() - (which == Countdown.FAIL ? 1 : 0),
                    f.malformedNext() - (which == Countdown.MALFORMED ? 1 : 0), f.foreignKeyNext() - (which == Countdown.FOREIGN_KEY ? 1 : 0));
            if (faults.compareAndSet(f, next)) {
                return true;
            }
        }
    }

    private static void rate(String field, double value, List<FieldProblem> problems) {
        if (!(value >= 0 && value <= 1)) {
            problems.add(new FieldProblem(field, "must be between 0 and 1"));
        }
    }

    private static boolean roll(double rate) {
        return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
    }

    private static ResponseEntity<String> answer(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
