package cn.supervision.draw;

// Why: sorting millions of (64-bit key, index) pairs by comparisons is too slow; an LSD radix sort does it in a few passes.
final class LongRadix {
    private static final int DIGIT = 11;
    private static final int RADIX = 1 << DIGIT;

    private LongRadix() {
    }

    /**
     * Sorts {@code keys[0, n)} as unsigned numbers of which only the low {@code bits} bits are used,
     * carrying {@code values} along. Stable.
     */
    static void sort(long[] keys, int[] values, int n, int bits) {
        if (n < 64) {
            insertion(keys, values, n);
            return;
        }
        int passes = Math.max(1, (bits + DIGIT - 1) / DIGIT);
        int[][] counts = new int[passes][RADIX];
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            for (int p = 0; p < passes; p++) {
                counts[p][(int) (k >>> (p * DIGIT)) & (RADIX - 1)]++;
            }
        }
        long[] srcK = keys;
        int[] srcV = values;
        long[] dstK = null;
        int[] dstV = null;
        for (int p = 0; p < passes; p++) {
            int[] c = counts[p];
            int shift = p * DIGIT;
            if (c[(int) (srcK[0] >>> shift) & (RADIX - 1)] == n) {
                continue;
            }
            if (dstK == null) {
                dstK = new long[n];
                dstV = new int[n];
            }
            int sum = 0;
            for (int d = 0; d < RADIX; d++) {
                int x = c[d];
                c[d] = sum;
                sum += x;
            }
            for (int i = 0; i < n; i++) {
                long k = srcK[i];
                int at = c[(int) (k >>> shift) & (RADIX - 1)]++;
                dstK[at] = k;
                dstV[at] = srcV[i];
            }
            long[] tk = srcK;
            srcK = dstK;
            dstK = tk;
            int[] tv = srcV;
            srcV = dstV;
            dstV = tv;
        }
        if (srcK != keys) {
            System.arraycopy(srcK, 0, keys, 0, n);
            System.arraycopy(srcV, 0, values, 0, n);
        }
    }

    private static void insertion(long[] keys, int[] values, int n) {
        for (int i = 1; i < n; i++) {
            long k = keys[i];
            int v = values[i];
            int j = i - 1;
            while (j >= 0 && Long.compareUnsigned(keys[j], k) > 0) {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
                j--;
            }
            keys[j + 1] = k;
            values[j + 1] = v;
        }
    }
}
