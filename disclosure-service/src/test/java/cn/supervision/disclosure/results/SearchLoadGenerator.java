package cn.supervision.disclosure.results;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The load of {@link PublicSearchBenchmark}, run in a process of its own (JDK only) so that its threads and garbage
 * do not share the server's JVM. Two modes:
 * <ul>
 * <li>{@code open RATE CLIENTS SECONDS URLS}: requests are <em>scheduled</em> at a fixed offered rate whatever the
 * server does, over at most CLIENTS requests (connections) in flight; latency is measured from the scheduled send
 * time, so a request that had to wait for a free client or for a stalled server counts that wait (no coordinated
 * omission);</li>
 * <li>{@code closed 0 CLIENTS SECONDS URLS}: CLIENTS threads send back-to-back: the maximum throughput.</li>
 * </ul>
 * URLS is a file of URLs, used in turn. Prints one line {@code RESULT p50ms p99ms perSecond requests errors late}
 * ({@code late}: requests that could not be sent within 1 ms of their schedule).
 */
final class SearchLoadGenerator {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int rate = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        List<String> urls = Files.readAllLines(Path.of(args[4]));
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "load-client");
            t.setDaemon(true);
            return t;
        });
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(executor).build();
        List<URI> uris = urls.stream().map(URI::create).toList();
        long[] result = "open".equals(mode) ? open(client, uris, rate, clients, seconds) : closed(client, uris, clients, seconds);
        System.out.println(String.format(java.util.Locale.ROOT, "RESULT %.3f %.3f %.1f %d %d %d", result[0] / 1e6, result[1] / 1e6,
                result[2] / 1000.0, result[3], result[4], result[5]));
        System.exit(0);
    }

    /** Sends request i at start + i/rate, or as soon as one of the clients is free; latency from the scheduled time. */
    private static long[] open(HttpClient client, List<URI> uris, int rate, int clients, int seconds) throws InterruptedException {
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicLong errors = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        Semaphore free = new Semaphore(clients);
        CountDownLatch finished = new CountDownLatch(total);
        long interval = 1_000_000_000L / rate;
        long late = 0;
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            free.acquire();
            if (System.nanoTime() - scheduled > 1_000_000L) {
                late++;
            }
            int slot = i;
            client.sendAsync(HttpRequest.newBuilder(uris.get(i % uris.size())).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                        latencies[slot] = System.nanoTime() - scheduled;
                        if (failure != null || (response.statusCode() != 200 && response.statusCode() != 404)) {
                            report(errors.incrementAndGet(), failure != null ? failure.toString() : "HTTP " + response.statusCode());
                        }
                        done.incrementAndGet();
                        free.release();
                        finished.countDown();
                    });
        }
        finished.await(90, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long now = System.nanoTime();
        long[] sorted = latencies.clone();
        for (int i = 0; i < total; i++) {
            if (sorted[i] == 0) { // never answered: counts as an error with the time waited so far
                sorted[i] = now - (start + i * interval);
                errors.incrementAndGet();
            }
        }
        Arrays.sort(sorted);
        return figures(sorted, done.get() / elapsed, errors.get(), late);
    }

    private static long[] closed(HttpClient client, List<URI> uris, int clients, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[][] perClient = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        Thread[] threads = new Thread[clients];
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int me = c;
            threads[c] = new Thread(() -> {
                long[] mine = new long[1024];
                int n = 0;
                for (int i = me; System.nanoTime() < end; i += clients) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(uris.get(i % uris.size())).timeout(Duration.ofSeconds(60)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200 && r.statusCode() != 404) {
                            report(errors.incrementAndGet(), "HTTP " + r.statusCode());
                        }
                    } catch (Exception e) {
                        report(errors.incrementAndGet(), e.toString());
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = System.nanoTime() - t0;
                }
                perClient[me] = mine;
                counts[me] = n;
            }, "closed-client-" + c);
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return figures(all, all.length / elapsed, errors.get(), 0);
    }

    /** The first few failures go to stderr, so a benchmark full of errors says why. */
    private static void report(long count, String what) {
        if (count <= 3) {
            System.err.println("load generator: request failed: " + what);
        }
    }

    private static long[] figures(long[] sorted, double perSecond, long errors, long late) {
        if (sorted.length == 0) {
            return new long[] {-1, -1, (long) (perSecond * 1000), 0, errors, late};
        }
        return new long[] {sorted[sorted.length / 2], sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))], (long) (perSecond * 1000),
                sorted.length, errors, late};
    }
}
