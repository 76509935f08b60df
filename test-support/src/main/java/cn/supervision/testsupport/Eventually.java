package cn.supervision.testsupport;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits, within a bound, for something that happens asynchronously (an event consumed, a record projected). */
public final class Eventually {

    private Eventually() {
    }

    /** Polls {@code probe} until it returns non-null, or fails with {@code what} after {@code timeout}. */
    public static <T> T get(String what, Duration timeout, Supplier<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = probe.get();
                if (value != null) {
                    return value;
                }
            } catch (RuntimeException | AssertionError e) {
                last = e instanceof RuntimeException r ? r : new RuntimeException(e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not within " + timeout + ": " + what, last);
    }
}
