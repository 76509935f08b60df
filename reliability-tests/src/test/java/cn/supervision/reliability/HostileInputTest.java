package cn.supervision.reliability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 7. Hostile input: at least 10,000 generated malformed or adversarial requests across every endpoint the five
 * services map (enumerated from each one's {@code RequestMappingHandlerMapping}), as the platform administrator and,
 * for some, without a token. No answer may be a 5xx, every refusal must be {@code application/problem+json}, no write
 * may be accepted, and no stored state may change (digest of every collection of every service before and after). The
 * one collection that grows is each service's append-only audit trail (审计留痕), by design: every refused or rejected
 * write attempt is recorded there (docs/security.md); it is checked apart — every entry added is a refusal, none done.
 */
@Order(7)
class HostileInputTest {

    static final int AT_LEAST = 10_000;
    static ReliabilityPlatform platform;

    @BeforeAll
    static void start() {
        platform = ReliabilityPlatform.get();
    }

    @Test
    void tenThousandHostileRequestsGetNo5xxOnlyProblemDetailsAndChangeNothing() throws Exception {
        InspectionFlow flow = new InspectionFlow(platform);
        InspectionFlow.Batch batch = flow.run("HOSTILE", 2);
        PlatformState state = platform.state();
        platform.awaitQuiet();
        Map<String, String> before = withoutAuditTrail(state.digest());
        Map<Svc, Set<Object>> auditedBefore = auditEntryIds();

        List<Endpoints.Endpoint> endpoints = new ArrayList<>();
        for (Svc service : Svc.values()) {
            endpoints.addAll(Endpoints.of(platform, service));
        }
        int perEndpoint = AT_LEAST / endpoints.size() + 1;
        HostileCorpus corpus = new HostileCorpus(batch.objects().get(0));
        List<HostileCorpus.Request> requests = new ArrayList<>();
        for (Endpoints.Endpoint endpoint : endpoints) {
            requests.addAll(corpus.requests(platform, endpoint, perEndpoint));
            if (endpoint.multipart() && endpoint.service() == Svc.REGISTRY) {
                HostileCorpus.Body huge = HostileCorpus.oversizeUpload(41 * 1024 * 1024); // registry's import limit is 40 MB
                requests.add(new HostileCorpus.Request(endpoint, platform.url(Svc.REGISTRY) + endpoint.pattern(), huge.contentType(), huge.bytes(),
                        false, huge.name()));
            }
        }
        assertThat(requests.size()).isGreaterThanOrEqualTo(AT_LEAST);
        long largest = requests.stream().mapToLong(r -> r.body() == null ? 0 : r.body().length).max().orElse(0);
        int longestUrl = requests.stream().mapToInt(r -> r.url().length()).max().orElse(0);

        Map<String, String> failures = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        Http.Caller admin = Http.as(TestTokens.DEFAULT_USER);
        Http.Caller anonymous = Http.anonymous();
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(3);
        List<Future<?>> sent = new ArrayList<>();
        for (HostileCorpus.Request r : requests) {
            sent.add(clients.submit(() -> {
                Http.Response response;
                try {
                    response = (r.anonymous() ? anonymous : admin).send(r.endpoint().method(), r.url(), r.contentType(), r.body());
                } catch (RuntimeException e) {
                    failures.putIfAbsent(key(r, -1, e.toString()), r.description() + " " + abbreviate(r.url()));
                    return;
                }
                byStatus.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
                boolean serverError = response.status() >= 500;
                // the public web site (Thymeleaf pages of disclosure) answers browsers with an HTML error page
                boolean page = r.endpoint().page() && response.contentType().startsWith("text/html");
                boolean notProblem = response.status() >= 400 && !response.contentType().startsWith("application/problem+json") && !page;
                boolean acceptedWrite = r.endpoint().writes() && response.status() < 300;
                if (serverError || notProblem || acceptedWrite) {
                    failures.putIfAbsent(key(r, response.status(), response.contentType()),
                            r.description() + " " + abbreviate(r.url()) + " -> " + abbreviate(response.body()));
                }
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        clients.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("RELIABILITY hostile input: %d requests to %d endpoint methods in %.0f s (largest body %.1f MB, longest URL %d"
                + " characters); statuses %s%n", requests.size(), endpoints.size(), seconds, largest / 1048576.0, longestUrl, new TreeMap<>(byStatus));

        platform.awaitQuiet();
        Map<String, String> after = withoutAuditTrail(state.digest());
        assertThat(new TreeMap<>(failures)).as("5xx, non-problem errors or accepted writes (endpoint -> sample)").isEmpty();
        assertThat(after).as("every collection of every service").isEqualTo(before);
        Map<String, Integer> auditedOutcomes = new TreeMap<>();
        for (Svc service : Svc.values()) {
            for (Document entry : platform.mongoClient().getDatabase(service.database).getCollection(AUDIT_TRAIL).find()) {
                if (!auditedBefore.get(service).contains(entry.get("_id"))) {
                    auditedOutcomes.merge(entry.getString("outcome") + " " + (entry.getInteger("status", 0) / 100) + "xx", 1, Integer::sum);
                }
            }
        }
        System.out.printf("RELIABILITY hostile input: audit trail entries added (refused = 401/403, rejected = other 4xx): %s%n", auditedOutcomes);
        assertThat(auditedOutcomes).as("audit entries of the corpus's write attempts").isNotEmpty()
                .allSatisfy((outcome, n) -> assertThat(outcome).matches("(refused|rejected) 4xx"));
    }

    private static final String AUDIT_TRAIL = "audit_trail";

    private static Map<String, String> withoutAuditTrail(Map<String, String> digest) {
        Map<String, String> kept = new TreeMap<>(digest);
        kept.keySet().removeIf(collection -> collection.endsWith("." + AUDIT_TRAIL));
        return kept;
    }

    private static Map<Svc, Set<Object>> auditEntryIds() {
        Map<Svc, Set<Object>> ids = new java.util.EnumMap<>(Svc.class);
        for (Svc service : Svc.values()) {
            Set<Object> existing = new HashSet<>();
            platform.mongoClient().getDatabase(service.database).getCollection(AUDIT_TRAIL).find().projection(new Document("_id", 1))
                    .forEach(d -> existing.add(d.get("_id")));
            ids.put(service, existing);
        }
        return ids;
    }

    private static String key(HostileCorpus.Request r, int status, String detail) {
        return r.endpoint().service().group + " " + r.endpoint().method() + " " + r.endpoint().pattern() + " -> " + status + " " + detail;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
