package cn.supervision.draw;

import java.util.concurrent.locks.LockSupport;

/**
 * Scores candidate inspectors for one object with HMAC(K_a, objectId TAB inspectorId), the tie-break of §5.
 * Large runs of equally loaded candidates are split with one helper thread (one HMAC per candidate is unavoidable).
 */
// Why: with big departments the assignment is dominated by these HMACs; a second core halves that time.
final class CandidateScorer implements AutoCloseable {
    private static final int PARALLEL_FROM = 128;
    private final HmacSha256 mac;
    private final byte[][] idBytes;
    private final byte[] scores;
    private final int longestId;
    private byte[] msg;
    private int objectLength;
    private Helper helper;

    CandidateScorer(HmacSha256 mac, byte[][] idBytes, byte[] scores) {
        this.mac = mac;
        this.idBytes = idBytes;
        this.scores = scores;
        int longest = 0;
        for (byte[] id : idBytes) {
            longest = Math.max(longest, id.length);
        }
        this.longestId = longest;
        this.msg = new byte[256 + longest];
    }

    void object(String objectId) {
        int need = Utf8.maxLength(objectId) + 1 + longestId;
        if (need > msg.length) {
            msg = new byte[need];
        }
        objectLength = Utf8.encode(objectId, msg, 0);
        msg[objectLength++] = '\t';
    }

    /** Writes the score of each inspector in {@code who[0, n)} at {@code scores[32 * inspector]}. */
    void score(int[] who, int n) {
        if (n < PARALLEL_FROM || Lanes.cores() < 2) {
            scoreRange(mac, msg, who, 0, n);
            return;
        }
        if (helper == null) {
            helper = new Helper(mac.copy());
        }
        int split = n / 2;
        helper.post(msg, objectLength, who, split, n);
        scoreRange(mac, msg, who, 0, split);
        helper.await();
    }

    private void scoreRange(HmacSha256 m, byte[] buf, int[] who, int from, int to) {
        for (int i = from; i < to; i++) {
            int x = who[i];
            byte[] id = idBytes[x];
            System.arraycopy(id, 0, buf, objectLength, id.length);
            m.mac(buf, 0, objectLength + id.length, scores, x * 32);
        }
    }

    @Override
    public void close() {
        if (helper != null) {
            helper.stop();
            helper = null;
        }
    }

    /** The second core: waits for a slice of candidates, scores it, signals back. */
    private final class Helper implements Runnable {
        private final HmacSha256 mac;
        private final Thread thread;
        private final Thread owner = Thread.currentThread();
        private byte[] buf = new byte[0];
        private int[] who;
        private int from;
        private int to;
        private volatile int posted;
        private volatile int done;
        private volatile boolean stopped;
        private volatile Throwable failure;

        Helper(HmacSha256 mac) {
            this.mac = mac;
            this.thread = new Thread(this, "draw-assign-helper");
            thread.setDaemon(true);
            thread.start();
        }

        void post(byte[] message, int length, int[] candidates, int a, int b) {
            if (buf.length < message.length) {
                buf = new byte[message.length];
            }
            System.arraycopy(message, 0, buf, 0, length);
            who = candidates;
            from = a;
            to = b;
            posted = posted + 1;
            LockSupport.unpark(thread);
        }

        void await() {
            int want = posted;
            for (int spins = 0; done != want; spins++) {
                if (spins < 20_000) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(this, 20_000);
                }
            }
            Throwable t = failure;
            if (t != null) {
                throw new IllegalStateException("assignment helper failed", t);
            }
        }

        void stop() {
            stopped = true;
            LockSupport.unpark(thread);
        }

        @Override
        public void run() {
            int seen = 0;
            while (true) {
                for (int spins = 0; posted == seen && !stopped; spins++) {
                    if (spins < 20_000) {
                        Thread.onSpinWait();
                    } else {
                        LockSupport.park(this);
                    }
                }
                if (stopped) {
                    return;
                }
                seen = posted;
                try {
                    scoreRange(mac, buf, who, from, to);
                } catch (Throwable t) {
                    failure = t;
                }
                done = seen;
                LockSupport.unpark(owner);
            }
        }
    }
}
