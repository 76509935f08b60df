package cn.supervision.disclosure.results;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
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
 * Public search over many published results, through real HTTP, against whatever Mongo the harness gives (the
 * embedded mongo-java-server without Docker). The load runs in a separate JVM ({@link SearchLoadGenerator}, JDK
 * {@code HttpClient}) so it does not share this JVM's heap, collector and JIT:
 * <ul>
 * <li><b>open loop</b>: requests scheduled at a fixed offered rate ({@code benchmark.rate}, default 500/s) over at most
 * {@code benchmark.clients} (200) connections in flight, latency from the scheduled send time (coordinated omission
 * would otherwise hide the queueing); p50/p99 and achieved throughput per query kind, each run of every kind in turn,
 * medians of {@code benchmark.runs}; the baseline {@code /public/calendar} (same HTTP stack and rate limiter, no
 * collection) measured in the same runs, and the ratio to it;</li>
 * <li><b>closed loop</b>: {@code benchmark.clients} threads back to back, for the maximum throughput per kind.</li>
 * </ul>
 * {@code -Dbenchmark.results=1000000 -Dbenchmark.rate=500 -Dbenchmark.clients=200 -Dbenchmark.seconds=10 -Dbenchmark.runs=3}
 */
@Tag("benchmark")
@DisclosureIntegrationTest
@TestPropertySource(properties = {"platform.public.rate-limit.requests-per-second=1000000", "server.tomcat.threads.max=200",
        "server.tomcat.max-connections=1000", "disclosure.search.in-memory-index=${benchmark.index:true}",
        "disclosure.search.refresh-interval-ms=3600000"})
class PublicSearchBenchmark {

    static final int RESULTS = Integer.getInteger("benchmark.results", 1_000_000);
    static final int RATE = Integer.getInteger("benchmark.rate", 500);
    static final int CLIENTS = Integer.getInteger("benchmark.clients", 200);
    static final int SECONDS = Integer.getInteger("benchmark.seconds", 10);
    static final int CLOSED_SECONDS = Integer.getInteger("benchmark.closed-seconds", 5);
    static final int RUNS = Integer.getInteger("benchmark.runs", 3);
    static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warm-up-seconds", 60);
    static final String[] PLACES = {"龙亭", "鼓楼", "顺河", "禹王台", "祥符", "金明", "尉氏", "杞县", "通许", "兰考"};
    static final String[] WORDS = {"宏达", "恒信", "中建", "瑞丰", "华泰", "鑫源", "安居", "同创", "德诚", "广厦", "天成", "汇通"};
    static final String[] TRADES = {"建筑工程", "物业服务", "房地产开发", "市政工程", "装饰装修", "燃气", "园林绿化", "工程造价咨询"};
    static final String[] DEPARTMENTS = {"housing-market", "quality-safety", "property", "gas"};
    static final String[] CATEGORIES = {"1", "1", "1", "1", "E", "A", "F"};
    static final java.time.LocalDate DAY0 = java.time.LocalDate.parse("2024-01-01");

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

    record Kind(String what, List<String> urls) {
    }

    @Test
    void searchOverManyPublishedResults() throws Exception {
        long loadStart = System.nanoTime();
        load();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.out.printf("loaded %,d results in %.1f s, heap used %,d MB%n", RESULTS, loadSeconds, heapUsedMb());
        if (indexed) {
            long indexStart = System.nanoTime();
            results.rebuildIndex();
            System.out.printf("in-memory search index built in %.1f s, heap used %,d MB%n", (System.nanoTime() - indexStart) / 1e9, heapUsedMb());
        }

        String base = "http://127.0.0.1:" + port;
        if (Integer.getInteger("benchmark.hold-seconds", 0) > 0) { // keeps the loaded service up for wrk or a profiler, by hand
            System.out.println("HOLD " + base);
            Thread.sleep(Integer.getInteger("benchmark.hold-seconds") * 1000L);
            return;
        }
        Random random = new Random(7);
        List<Kind> kinds = List.of(
                kind("baseline /public/calendar (no query)", i -> base + "/public/calendar"),
                kind("by USCC (exact)", i -> base + "/public/results?uscc=BM" + String.format("%016d", random.nextInt(RESULTS))),
                kind("by partial name (~10,000 matches)", i -> base + "/public/results?name=" + enc(WORDS[i % WORDS.length] + TRADES[(i / 12) % TRADES.length])),
                kind("by task + category", i -> base + "/public/results?taskId=BT-" + random.nextInt(500) + "&category=" + CATEGORIES[4 + i % 3]),
                kind("by department + date range (30 days)", i -> {
                    java.time.LocalDate from = DAY0.plusDays(random.nextInt(970));
                    return base + "/public/results?department=" + DEPARTMENTS[i % DEPARTMENTS.length] + "&from=" + from + "&to=" + from.plusDays(29);
                }),
                kind("enterprise page JSON", i -> base + "/public/enterprises/BM" + String.format("%016d", random.nextInt(RESULTS))),
                kind("HTML search page (partial name)", i -> base + "/?name=" + enc(WORDS[i % WORDS.length] + TRADES[(i / 12) % TRADES.length])));

        // The JIT needs about a minute of load on these 2 cores before the request path is compiled (measured with wrk:
        // the same endpoint answered 1,000 requests/s in the first minute and 5,000 after); every kind takes part.
        long warmUpEnd = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            for (Kind k : kinds) {
                generate("closed", k, 3);
            }
        }

        System.out.printf("%nclosed loop (%d clients back to back, %d s, after %d s of all kinds and %d s of its own): maximum throughput%n",
                CLIENTS, CLOSED_SECONDS, WARM_UP_SECONDS, CLOSED_SECONDS);
        java.util.Map<String, Figures> closed = new java.util.LinkedHashMap<>();
        for (Kind k : kinds) {
            generate("closed", k, CLOSED_SECONDS); // warm-up: JIT, connections, caches
            closed.put(k.what(), generate("closed", k, CLOSED_SECONDS));
        }

        java.util.Map<String, List<Figures>> open = new java.util.LinkedHashMap<>();
        for (int run = 0; run < RUNS; run++) {
            for (Kind k : kinds) {
                open.computeIfAbsent(k.what(), w -> new ArrayList<>()).add(generate("open", k, SECONDS));
            }
        }

        System.out.printf("%nPublic search: %,d results, Mongo = %s, served by %s%n", RESULTS,
                mongo.getDb().runCommand(new Document("buildInfo", 1)).getString("version"),
                indexed ? "the in-memory index and record (no Mongo read per search)" : "Mongo queries");
        System.out.printf("open loop: offered %d req/s over at most %d connections, %d s per run, median of %d runs, latency from the scheduled send%n",
                RATE, CLIENTS, SECONDS, RUNS);
        System.out.printf("%-38s %9s %9s %9s %7s %9s %9s | %12s %12s%n", "query", "p50 ms", "p99 ms", "req/s", "errors", "p50/base", "p99/base",
                "closed req/s", "closed p99");
        Figures baseline = median(open.get(kinds.get(0).what()));
        for (Kind k : kinds) {
            Figures f = median(open.get(k.what()));
            Figures c = closed.get(k.what());
            System.out.printf("%-38s %9.1f %9.1f %9.1f %7d %9.1f %9.1f | %12.1f %12.1f%n", f.what(), f.p50Millis(), f.p99Millis(), f.perSecond(),
                    f.errors(), f.p50Millis() / Math.max(baseline.p50Millis(), 0.001), f.p99Millis() / Math.max(baseline.p99Millis(), 0.001),
                    c.perSecond(), c.p99Millis());
        }
        assertThat(baseline.requests()).isPositive();
        assertThat(closed.values()).allSatisfy(f -> assertThat(f.errors()).isZero());
    }

    private static Kind kind(String what, IntFunction<String> url) {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            urls.add(url.apply(i));
        }
        return new Kind(what, urls);
    }

    private static long heapUsedMb() {
        System.gc();
        return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
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

    private static Figures median(List<Figures> runs) {
        double[] p50 = runs.stream().mapToDouble(Figures::p50Millis).sorted().toArray();
        double[] p99 = runs.stream().mapToDouble(Figures::p99Millis).sorted().toArray();
        double[] rate = runs.stream().mapToDouble(Figures::perSecond).sorted().toArray();
        return new Figures(runs.get(0).what(), p50[p50.length / 2], p99[p99.length / 2], rate[rate.length / 2],
                runs.stream().mapToLong(Figures::requests).sum(), runs.stream().mapToLong(Figures::errors).sum());
    }

    /** Runs {@link SearchLoadGenerator} in its own JVM over the kind's URLs and reads its one result line. */
    private Figures generate(String mode, Kind kind, int seconds) throws Exception {
        Path urls = Files.createTempFile("search-urls", ".txt");
        Files.write(urls, kind.urls());
        String classes = Path.of(SearchLoadGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:+UseSerialGC",
                "-cp", classes, SearchLoadGenerator.class.getName(), mode, String.valueOf(RATE), String.valueOf(CLIENTS), String.valueOf(seconds),
                urls.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line;
        String result = null;
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                }
            }
        }
        process.waitFor();
        Files.deleteIfExists(urls);
        assertThat(result).as("load generator result for " + kind.what()).isNotNull();
        String[] f = result.split(" ");
        Figures figures = new Figures(kind.what(), Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), Long.parseLong(f[4]),
                Long.parseLong(f[5]));
        System.out.printf("  %-6s %-38s p50 %8.1f ms  p99 %8.1f ms  %8.1f req/s  (%d requests, %d errors, %s late sends)%n", mode, kind.what(),
                figures.p50Millis(), figures.p99Millis(), figures.perSecond(), figures.requests(), figures.errors(), f[6]);
        return figures;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
