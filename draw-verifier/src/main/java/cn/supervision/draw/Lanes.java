package cn.supervision.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

// Why: ranks and sorting touch millions of ids; splitting them over the machine's cores roughly halves a draw on two.
final class Lanes {
    @FunctionalInterface
    interface Range {
        void run(int from, int to);
    }

    private Lanes() {
    }

    static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Runs {@code job} over [0, n) split into contiguous ranges of at least {@code minPerLane}, one per core. */
    static void run(int n, int minPerLane, Range job) {
        int lanes = (int) Math.max(1, Math.min(cores(), n / (long) Math.max(1, minPerLane)));
        if (lanes == 1) {
            job.run(0, n);
            return;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int l = 1; l < lanes; l++) {
            int from = (int) ((long) n * l / lanes);
            int to = (int) ((long) n * (l + 1) / lanes);
            threads.add(start(() -> job.run(from, to), failure));
        }
        guarded(() -> job.run(0, (int) ((long) n / lanes)), failure);
        finish(threads, failure);
    }

    /** Runs independent tasks on up to one thread per core; results come back in task order. */
    static <T> List<T> each(List<Supplier<T>> tasks) {
        List<T> results = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            results.add(null);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size() && failure.get() == null; i = next.getAndIncrement()) {
                T result = tasks.get(i).get();
                synchronized (results) {
                    results.set(i, result);
                }
            }
        };
        List<Thread> threads = new ArrayList<>();
        for (int l = 1; l < Math.min(cores(), tasks.size()); l++) {
            threads.add(start(worker, failure));
        }
        guarded(worker, failure);
        finish(threads, failure);
        synchronized (results) {
            return new ArrayList<>(results);
        }
    }

    private static Thread start(Runnable r, AtomicReference<Throwable> failure) {
        Thread t = new Thread(() -> guarded(r, failure), "draw-lane");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void guarded(Runnable r, AtomicReference<Throwable> failure) {
        try {
            r.run();
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
        }
    }

    private static void finish(List<Thread> threads, AtomicReference<Throwable> failure) {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        } else if (t instanceof Error err) {
            throw err;
        } else if (t != null) {
            throw new IllegalStateException(t);
        }
    }
}
