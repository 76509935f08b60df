package cn.supervision.disclosure.ledger.domain;

import java.time.Duration;

/**
 * When the next push of a record is due after {@code attempts} failed ones: doubling from {@code initial}, never more
 * than {@code max} apart, so that after an outage of days delivery resumes within {@code max} of the province's return.
 */
public record PushBackoff(Duration initial, Duration max) {

    public PushBackoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, was " + initial + " / " + max);
        }
    }

    public Duration after(int attempts) {
        Duration wait = initial;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
