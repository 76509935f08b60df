package cn.supervision.draw;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * Ranks every id of a stratum (in parallel lanes) keeping only the first 8 bytes, finds the k-th smallest of those
 * by a histogram, and then ranks in full and sorts only the ids at or below it, so k << n never sorts all n.
 */
// Why: §4 draws the k ids with the smallest (rank, id); a stratum may hold millions of ids.
final class StratumPicker {
    /** The drawn ids as indexes into the population, in (rank, id) order, and their ranks (32 bytes each). */
    record Picked(int[] indexes, byte[] ranks) {
        String rankHex(int i) {
            return Hex.of(ranks, i * 32, 32);
        }
    }

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final int BUCKETS = 1 << 16;

    private StratumPicker() {
    }

    static Picked pick(List<String> population, int k, byte[] stratumKey) {
        int n = population.size();
        if (k <= 0) {
            return new Picked(new int[0], new byte[0]);
        }
        HmacSha256 mac = new HmacSha256(stratumKey);
        long[] prefixes = new long[n];
        int[] histogram = new int[BUCKETS];
        Lanes.run(n, 1 << 12, (from, to) -> {
            HmacSha256 m = mac.copy();
            byte[] buf = new byte[128];
            byte[] out = new byte[32];
            int[] h = new int[BUCKETS];
            for (int i = from; i < to; i++) {
                String id = population.get(i);
                if (Utf8.maxLength(id) > buf.length) {
                    buf = new byte[Utf8.maxLength(id)];
                }
                m.mac(buf, 0, Utf8.encode(id, buf, 0), out, 0);
                long p = (long) LONG.get(out, 0);
                prefixes[i] = p;
                h[(int) (p >>> 48)]++;
            }
            synchronized (histogram) {
                for (int b = 0; b < BUCKETS; b++) {
                    histogram[b] += h[b];
                }
            }
        });
        long cut = kthSmallest(prefixes, histogram, k);
        int count = 0;
        for (long p : prefixes) {
            if (Long.compareUnsigned(p, cut) <= 0) {
                count++;
            }
        }
        int[] candidates = new int[count];
        long[] keys = new long[count];
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (Long.compareUnsigned(prefixes[i], cut) <= 0) {
                candidates[c] = i;
                keys[c++] = prefixes[i];
            }
        }
        LongRadix.sort(keys, candidates, count, 64);
        byte[] ranks = new byte[count * 32];
        Lanes.run(count, 1 << 12, (from, to) -> {
            HmacSha256 m = mac.copy();
            byte[] buf = new byte[128];
            for (int i = from; i < to; i++) {
                String id = population.get(candidates[i]);
                if (Utf8.maxLength(id) > buf.length) {
                    buf = new byte[Utf8.maxLength(id)];
                }
                m.mac(buf, 0, Utf8.encode(id, buf, 0), ranks, i * 32);
            }
        });
        for (int s = 0; s < count; ) {
            int e = s + 1;
            while (e < count && keys[e] == keys[s]) {
                e++;
            }
            if (e - s > 1) {
                sortTies(population, candidates, ranks, s, e);
            }
            s = e;
        }
        return new Picked(Arrays.copyOf(candidates, k), Arrays.copyOf(ranks, k * 32));
    }

    /** The k-th smallest (1-based) of the prefixes, unsigned: the bucket holding it, then a sort of that bucket alone. */
    private static long kthSmallest(long[] prefixes, int[] histogram, int k) {
        int b = 0;
        int below = 0;
        while (below + histogram[b] < k) {
            below += histogram[b];
            b++;
        }
        long[] bucket = new long[histogram[b]];
        int c = 0;
        for (long p : prefixes) {
            if ((int) (p >>> 48) == b) {
                bucket[c++] = p ^ Long.MIN_VALUE;
            }
        }
        Arrays.sort(bucket);
        return bucket[k - below - 1] ^ Long.MIN_VALUE;
    }

    /** Ids whose first 8 rank bytes agree: order them by the full rank, then by id. */
    private static void sortTies(List<String> population, int[] candidates, byte[] ranks, int s, int e) {
        Integer[] at = new Integer[e - s];
        for (int i = 0; i < at.length; i++) {
            at[i] = s + i;
        }
        Arrays.sort(at, (x, y) -> {
            int r = Arrays.compareUnsigned(ranks, x * 32, x * 32 + 32, ranks, y * 32, y * 32 + 32);
            return r != 0 ? r : Utf8Order.compare(population.get(candidates[x]), population.get(candidates[y]));
        });
        int[] ids = new int[at.length];
        byte[] rs = new byte[at.length * 32];
        for (int i = 0; i < at.length; i++) {
            ids[i] = candidates[at[i]];
            System.arraycopy(ranks, at[i] * 32, rs, i * 32, 32);
        }
        System.arraycopy(ids, 0, candidates, s, ids.length);
        System.arraycopy(rs, 0, ranks, s * 32, rs.length);
    }
}
