package cn.supervision.draw;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Ranks and selects the strata in list order on a background thread; the caller takes each one when it needs it. */
// Why: assigning inspectors is sequential, so ranking the next stratum meanwhile keeps the second core busy.
final class PickAhead implements AutoCloseable {
    private final List<CompletableFuture<StratumPicker.Picked>> picks;
    private volatile boolean closed;

    PickAhead(List<Stratum> strata, byte[] master) {
        picks = strata.stream().map(s -> new CompletableFuture<StratumPicker.Picked>()).toList();
        Thread thread = new Thread(() -> {
            for (int i = 0; i < strata.size(); i++) {
                CompletableFuture<StratumPicker.Picked> pick = picks.get(i);
                if (closed) {
                    pick.cancel(false);
                    continue;
                }
                try {
                    Stratum s = strata.get(i);
                    int k = Draw1.drawCount(s.population().size(), s.ratioBp());
                    pick.complete(StratumPicker.pick(s.population(), k, DrawKeys.stratum(master, s.name())));
                } catch (Throwable t) {
                    pick.completeExceptionally(t);
                }
            }
        }, "draw-ranks");
        thread.setDaemon(true);
        thread.start();
    }

    /** The selection of stratum {@code i}, waiting for it if needed. */
    StratumPicker.Picked get(int i) {
        try {
            return picks.get(i).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
