package cn.supervision.disclosure.results;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The load of {@link PublicSearchBenchmark}, run in a process of its own (JDK only) so that its threads and garbage
 * do not share the server's JVM. CLIENTS threads, each with one keep-alive HTTP/1.1 connection written and read by
 * hand: the JDK {@code HttpClient} spent more of the two shared cores than the server's cheapest answer (its closed
 * loop topped out at ~300 requests/s where this one reaches several thousand), so it measured itself. Two modes:
 * <ul>
 * <li>{@code open RATE CLIENTS SECONDS URLS}: request i is <em>scheduled</em> at start + i/RATE whatever the server
 * does; the next free client takes the next request, so at most CLIENTS are in flight. Latency is measured from the
 * scheduled time, so a request that waited for a free client or for a stalled server counts that wait (no coordinated
 * omission);</li>
 * <li>{@code closed 0 CLIENTS SECONDS URLS}: the clients send back to back: the maximum throughput.</li>
 * </ul>
 * URLS is a file of URLs on one host, used in turn. Prints one line {@code RESULT p50ms p99ms perSecond requests errors
 * late} ({@code late}: requests sent more than 1 ms after their schedule because no client was free).
 */
final class SearchLoadGenerator {

    public static void main(String[] args) throws Exception {
        boolean open = "open".equals(args[0]);
        int rate = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        List<URI> urls = Files.readAllLines(Path.of(args[4])).stream().map(URI::create).toList();
        long start = System.nanoTime() + 100_000_000L;
        long end = start + seconds * 1_000_000_000L;
        // open: one slot per scheduled request; closed: as many as the clients can send (grown when needed)
        Samples samples = new Samples(open ? rate * seconds : 1 << 16);
        int total = open ? rate * seconds : Integer.MAX_VALUE;
        long interval = open ? 1_000_000_000L / rate : 0;

        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong late = new AtomicLong();
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            threads[c] = new Thread(() -> {
                Connection connection = new Connection(urls.get(0));
                LockSupport.parkNanos(start - System.nanoTime());
                for (int i; (i = next.getAndIncrement()) < total; ) {
                    long scheduled = open ? start + i * interval : System.nanoTime();
                    if (!open && scheduled >= end) {
                        break;
                    }
                    long wait;
                    while ((wait = scheduled - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (open && System.nanoTime() - scheduled > 1_000_000L) {
                        late.incrementAndGet();
                    }
                    int status = connection.get(urls.get(i % urls.size()));
                    if (status != 200 && status != 404) {
                        report(errors.incrementAndGet(), status < 0 ? "connection failed: " + connection.failure : "HTTP " + status);
                    }
                    samples.record(i, scheduled, System.nanoTime() - scheduled);
                }
                connection.close();
            }, "load-client-" + c);
            threads[c].setDaemon(true);
            threads[c].start();
        }
        long deadline = end + (open ? 90 : 60) * 1_000_000_000L;
        for (Thread t : threads) {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        long now = System.nanoTime();
        double elapsed = (Math.max(now, end) - start) / 1e9;
        long[] all = samples.sorted(open ? i -> now - (start + i * interval) : null);
        long unanswered = samples.unanswered();
        long p50 = all.length == 0 ? -1 : all[all.length / 2];
        long p99 = all.length == 0 ? -1 : all[Math.min(all.length - 1, (int) (all.length * 0.99))];
        System.out.println(String.format(Locale.ROOT, "RESULT %.3f %.3f %.1f %d %d %d", p50 / 1e6, p99 / 1e6,
                (all.length - unanswered) / elapsed, all.length, errors.get() + unanswered, late.get()));
        System.exit(0);
    }

    /**
     * Latencies by request slot. In the open loop every scheduled request has a slot, and one never answered by the
     * deadline counts with the time waited so far (a lower bound), so an overloaded server cannot look faster by
     * leaving requests out; it is also counted as an error.
     */
    private static final class Samples {

        private long[] latencies;
        private int count;
        private long unanswered;

        Samples(int slots) {
            latencies = new long[slots];
        }

        synchronized void record(int slot, long scheduled, long latency) {
            if (slot >= latencies.length) {
                latencies = Arrays.copyOf(latencies, Math.max(slot + 1, latencies.length * 2));
            }
            latencies[slot] = Math.max(1, latency);
            count = Math.max(count, slot + 1);
        }

        /** Every slot's latency, sorted; an empty open-loop slot gets {@code waited.applyAsLong(slot)}. */
        synchronized long[] sorted(java.util.function.IntToLongFunction waited) {
            long[] all = Arrays.copyOf(latencies, waited != null ? latencies.length : count);
            int kept = 0;
            for (int i = 0; i < all.length; i++) {
                if (all[i] == 0 && waited != null) {
                    all[i] = waited.applyAsLong(i);
                    unanswered++;
                }
                if (all[i] != 0) {
                    all[kept++] = all[i];
                }
            }
            all = Arrays.copyOf(all, kept);
            Arrays.sort(all);
            return all;
        }

        synchronized long unanswered() {
            return unanswered;
        }
    }

    /** The first few failures go to stderr, so a benchmark full of errors says why. */
    private static void report(long count, String what) {
        if (count <= 3) {
            System.err.println("load generator: request failed: " + what);
        }
    }

    /** One keep-alive HTTP/1.1 connection: a GET, then the whole answer read and dropped (length or chunked). */
    private static final class Connection {

        private final InetSocketAddress address;
        private final String host;
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private final byte[] skip = new byte[16384];
        String failure;

        Connection(URI any) {
            this.address = new InetSocketAddress(any.getHost(), any.getPort());
            this.host = any.getHost() + ":" + any.getPort();
        }

        /** The status code, or -1 when the connection failed or the answer was unreadable (it is opened again). */
        int get(URI url) {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(60_000);
                    socket.connect(address, 5_000);
                    in = new BufferedInputStream(socket.getInputStream(), 16384);
                    out = socket.getOutputStream();
                }
                out.write(("GET " + url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()) + " HTTP/1.1\r\nHost: " + host
                        + "\r\nAccept: application/json, text/html\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return readAnswer();
            } catch (IOException | RuntimeException e) {
                failure = e.toString();
                close();
                return -1;
            }
        }

        private int readAnswer() throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header; !(header = line()).isEmpty(); ) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            if (status < 200 || status == 204 || status == 304) {
                length = 0; // no body, whatever the headers say
            }
            if (chunked && length != 0) {
                for (long size; (size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0; ) {
                    discard(size);
                    line();
                }
                while (!line().isEmpty()) { // trailers
                }
            } else if (length >= 0) {
                discard(length);
            } else {
                closing = true;
                while (in.read(skip) >= 0) { // body until the server closes
                }
            }
            if (closing) {
                close();
            }
            return status;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b; (b = in.read()) != '\n'; ) {
                if (b < 0) {
                    throw new IOException("connection closed mid-answer");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        private void discard(long bytes) throws IOException {
            while (bytes > 0) {
                int read = in.read(skip, 0, (int) Math.min(skip.length, bytes));
                if (read < 0) {
                    throw new IOException("connection closed mid-body");
                }
                bytes -= read;
            }
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing a failed connection: nothing more to learn
            }
            socket = null;
        }
    }
}
