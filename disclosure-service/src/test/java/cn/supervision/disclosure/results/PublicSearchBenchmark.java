package cn.supervision.disclosure.results;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import cn.supervision.disclosure.DisclosureIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public search over many published results with many concurrent clients, through real HTTP, against whatever Mongo
 * the harness gives (the embedded mongo-java-server without Docker). Figures: p50/p99 latency and throughput per
 * query kind, medians of {@code benchmark.runs} runs, with a baseline measured in the same run (the same HTTP stack
 * answering {@code /public/calendar}, which touches no collection) and the ratio to it.
 * <p>
 * {@code -Dbenchmark.results=1000000 -Dbenchmark.clients=200 -Dbenchmark.seconds=20 -Dbenchmark.runs=3}
 */
@Tag("benchmark")
@DisclosureIntegrationTest
@TestPropertySource(properties = {"disclosure.public.rate-limit.requests-per-second=1000000", "server.tomcat.threads.max=200",
        "disclosure.search.in-memory-index=${benchmark.index:true}", "disclosure.search.refresh-interval-ms=3600000"})
class PublicSearchBenchmark {

    static final int RESULTS = Integer.getInteger("benchmark.results", 1_000_000);
    static final int CLIENTS = Integer.getInteger("benchmark.clients", 200);
    static final int SECONDS = Integer.getInteger("benchmark.seconds", 20);
    static final int RUNS = Integer.getInteger("benchmark.runs", 3);
    static final String[] PLACES = {"龙亭", "鼓楼", "顺河", "禹王台", "祥符", "金明", "尉氏", "杞县", "通许", "兰考"};
    static final String[] WORDS = {"宏达", "恒信", "中建", "瑞丰", "华泰", "鑫源", "安居", "同创", "德诚", "广厦", "天成", "汇通"};
    static final String[] TRADES = {"建筑工程", "物业服务", "房地产开发", "市政工程", "装饰装修", "燃气", "园林绿化", "工程造价咨询"};
    static final String[] DEPARTMENTS = {"housing-market", "quality-safety", "property", "gas"};
    static final String[] CATEGORIES = {"1", "1", "1", "1", "E", "A", "F"};

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PublicResults results;

    @org.springframework.beans.factory.annotation.Value("${disclosure.search.in-memory-index}")
    boolean indexed;

    record Figures(String what, double p50Millis, double p99Millis, double perSecond, long requests, long errors) {
    }

    @Test
    void searchOverManyPublishedResults() throws Exception {
        long loadStart = System.nanoTime();
        load();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.out.printf("loaded %,d results in %.1f s%n", RESULTS, loadSeconds);
        if (indexed) {
            long indexStart = System.nanoTime();
            results.rebuildIndex();
            System.out.printf("in-memory search index built in %.1f s, heap used %,d MB%n", (System.nanoTime() - indexStart) / 1e9,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }

        String base = "http://127.0.0.1:" + port;
        List<Figures> all = new ArrayList<>();
        Figures baseline = median("baseline /public/calendar (no query)", i -> base + "/public/calendar");
        all.add(baseline);
        all.add(median("by USCC (exact)", i -> base + "/public/results?uscc=BM" + String.format("%016d", ThreadLocalRandom.current().nextInt(RESULTS))));
        all.add(median("by partial name", i -> base + "/public/results?name=" + enc(WORDS[i % WORDS.length] + TRADES[i % TRADES.length])));
        all.add(median("by task + category", i -> base + "/public/results?taskId=BT-" + (i % 500) + "&category=A"));
        all.add(median("enterprise page JSON", i -> base + "/public/enterprises/BM" + String.format("%016d", ThreadLocalRandom.current().nextInt(RESULTS))));

        System.out.printf("%nPublic search: %,d results, %d concurrent clients, %d s per run, median of %d runs, Mongo = %s, served by %s%n", RESULTS,
                CLIENTS, SECONDS, RUNS, mongo.getDb().runCommand(new Document("buildInfo", 1)).getString("version"),
                indexed ? "the in-memory index + _id reads" : "Mongo queries");
        System.out.printf("%-38s %10s %10s %10s %8s %10s%n", "query", "p50 ms", "p99 ms", "req/s", "errors", "p99/base");
        for (Figures f : all) {
            System.out.printf("%-38s %10.1f %10.1f %10.1f %8d %10.1f%n", f.what(), f.p50Millis(), f.p99Millis(), f.perSecond(), f.errors(),
                    f.p99Millis() / Math.max(baseline.p99Millis(), 0.001));
        }
        assertThat(baseline.requests()).isPositive();
    }

    private void load() {
        Random random = new Random(42);
        long day0 = java.time.LocalDate.parse("2024-01-01").toEpochDay();
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < RESULTS; i++) {
            String id = "BM" + String.format("%016d", i);
            String name = "开封市" + PLACES[random.nextInt(PLACES.length)] + WORDS[random.nextInt(WORDS.length)] + TRADES[random.nextInt(TRADES.length)]
                    + "有限公司" + (i % 97);
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
            Date resultDate = Date.from(java.time.LocalDate.ofEpochDay(day0 + random.nextInt(1000)).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            batch.add(new Document("_id", "BT-" + (i % 500) + "/" + id).append("taskId", "BT-" + (i % 500)).append("taskName", "基准任务")
                    .append("taskType", "RANDOM").append("objectId", id).append("uscc", id).append("objectName", name)
                    .append("departments", List.of(department))
                    .append("items", List.of(new Document("department", department).append("checkItem", "JZ-001").append("category", category)
                            .append("categoryName", "…")))
                    .append("publicSummary", "").append("resultDate", resultDate).append("publishedOn", resultDate)
                    .append("disclosureDeadline", resultDate).append("deadlineUnknown", false).append("sourceEventId", "bench-" + i)
                    .append("kind", "INSPECTION"));
            if (batch.size() == 10_000) {
                mongo.getCollection("public_results").insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection("public_results").insertMany(batch);
        }
    }

    private Figures median(String what, IntFunction<String> url) throws Exception {
        List<Figures> runs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            runs.add(run(what, url));
        }
        double[] p50 = runs.stream().mapToDouble(Figures::p50Millis).sorted().toArray();
        double[] p99 = runs.stream().mapToDouble(Figures::p99Millis).sorted().toArray();
        double[] rate = runs.stream().mapToDouble(Figures::perSecond).sorted().toArray();
        return new Figures(what, p50[p50.length / 2], p99[p99.length / 2], rate[rate.length / 2], runs.stream().mapToLong(Figures::requests).sum(),
                runs.stream().mapToLong(Figures::errors).sum());
    }

    private Figures run(String what, IntFunction<String> url) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            int clientNumber = c;
            Thread worker = new Thread(() -> {
                int i = clientNumber;
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url.apply(i))).timeout(Duration.ofSeconds(120)).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (r.statusCode() != 200 && r.statusCode() != 404) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - t0);
                        i += CLIENTS;
                    }
                } finally {
                    done.countDown();
                }
            });
            worker.setDaemon(true);
            worker.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Figures(what, Double.NaN, Double.NaN, 0, 0, errors.get());
        }
        Figures f = new Figures(what, sorted[(int) (sorted.length * 0.50)] / 1e6, sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6,
                sorted.length / elapsed, sorted.length, errors.get());
        System.out.printf("  run: %-36s p50 %8.1f ms  p99 %8.1f ms  %8.1f req/s  (%d requests, %d errors)%n", what, f.p50Millis(), f.p99Millis(),
                f.perSecond(), f.requests(), f.errors());
        return f;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
