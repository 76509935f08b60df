package cn.supervision.draw;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sorts a stratum's ids into UTF-8 byte order. The ids are first copied, in input order, into one byte array of
 * records ({@code [length as varint][UTF-8 bytes]}); the bytes after the prefix shared by every id are packed into
 * 64-bit keys (each byte mapped to 1..range, 0 meaning "past the end") and radix-sorted with the record offsets;
 * ids whose keys tie are sorted again on the next bytes. All strata share one packing, so keys of different strata
 * compare, which lets {@link FreezeDigests} find an id listed in two strata by a merge.
 */
// Why: the populationDigest needs every stratum sorted, and comparison-sorting 10 million strings takes far too long.
final class PopulationSorter {
    /** One stratum: its records, and the record offsets in sorted order with each one's first key. */
    record Sorted(byte[] records, int[] offsets, long[] keys) {
        int length(int offset) {
            int len = 0;
            int shift = 0;
            byte b;
            do {
                b = records[offset++];
                len |= (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            return len;
        }

        int start(int offset) {
            while (records[offset] < 0) {
                offset++;
            }
            return offset + 1;
        }

        String id(int offset) {
            return new String(records, start(offset), length(offset), StandardCharsets.UTF_8);
        }

        boolean sameId(int a, int b) {
            int sa = start(a);
            int sb = start(b);
            return Arrays.equals(records, sa, sa + length(a), records, sb, sb + length(b));
        }
    }

    private final int prefix;
    private final int minByte;
    private final int bits;
    private final int perKey;

    private PopulationSorter(int prefix, int minByte, int maxByte) {
        this.prefix = prefix;
        this.minByte = minByte;
        this.bits = 64 - Long.numberOfLeadingZeros(maxByte - minByte + 1); // values 1..range, 0 = past the end
        this.perKey = 64 / bits;
    }

    /** Copies every stratum's ids into records and sorts each; strata are sorted side by side on the cores. */
    static List<Sorted> sortAll(List<List<String>> populations) {
        List<byte[]> records = Lanes.each(populations.stream()
                .<Supplier<byte[]>>map(p -> () -> records(p)).toList());
        byte[] ref = null;
        for (byte[] r : records) {
            if (r.length > 0) {
                ref = r;
                break;
            }
        }
        if (ref == null) {
            return records.stream().map(r -> new Sorted(r, new int[0], new long[0])).toList();
        }
        Sorted first = new Sorted(ref, null, null);
        int refStart = first.start(0);
        int refLength = first.length(0);
        byte[] reference = ref;
        int common = Lanes.each(records.stream().<Supplier<Integer>>map(
                r -> () -> commonPrefix(r, reference, refStart, refLength)).toList())
                .stream().mapToInt(Integer::intValue).min().orElse(0);
        int shared = common;
        List<Long> ranges = Lanes.each(records.stream().<Supplier<Long>>map(r -> () -> byteRange(r, shared)).toList());
        int lo = 255;
        int hi = 0;
        for (long range : ranges) {
            lo = Math.min(lo, (int) (range >> 32));
            hi = Math.max(hi, (int) range);
        }
        PopulationSorter sorter = lo > hi ? new PopulationSorter(common, 0, 0) : new PopulationSorter(common, lo, hi);
        List<Supplier<Sorted>> jobs = new ArrayList<>();
        for (int i = 0; i < populations.size(); i++) {
            byte[] r = records.get(i);
            int n = populations.get(i).size();
            jobs.add(() -> sorter.sort(r, n));
        }
        return Lanes.each(jobs);
    }

    /** The ids as {@code [varint length][UTF-8]} records, in input order. */
    static byte[] records(List<String> ids) {
        int n = ids.size();
        int[] sizes = new int[n];
        Lanes.run(n, 1 << 16, (from, to) -> {
            for (int i = from; i < to; i++) {
                int len = utf8Length(ids.get(i));
                sizes[i] = varintSize(len) + len;
            }
        });
        long total = 0;
        for (int i = 0; i < n; i++) {
            int size = sizes[i];
            sizes[i] = (int) total;
            total += size;
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new DrawInputException("population", "is too large to sort in memory (" + total + " bytes of ids)");
        }
        byte[] out = new byte[(int) total];
        Lanes.run(n, 1 << 16, (from, to) -> {
            byte[] buf = new byte[256];
            for (int i = from; i < to; i++) {
                String id = ids.get(i);
                if (Utf8.maxLength(id) > buf.length) {
                    buf = new byte[Utf8.maxLength(id)];
                }
                int len = Utf8.encode(id, buf, 0);
                int p = sizes[i];
                int v = len;
                while (v >= 0x80) {
                    out[p++] = (byte) (v | 0x80);
                    v >>>= 7;
                }
                out[p++] = (byte) v;
                System.arraycopy(buf, 0, out, p, len);
            }
        });
        return out;
    }

    private Sorted sort(byte[] records, int n) {
        int[] offsets = new int[n];
        long[] keys = new long[n];
        Sorted s = new Sorted(records, offsets, keys);
        int p = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = p;
            p = s.start(p) + s.length(p);
        }
        Lanes.run(n, 1 << 16, (from, to) -> {
            for (int i = from; i < to; i++) {
                keys[i] = key(s, offsets[i], prefix);
            }
        });
        LongRadix.sort(keys, offsets, n, bits * perKey);
        resolveTies(s, keys, offsets, n, prefix);
        return s;
    }

    private void resolveTies(Sorted s, long[] keys, int[] offsets, int n, int depth) {
        int next = depth + perKey;
        int a = 0;
        while (a < n) {
            int e = a + 1;
            while (e < n && keys[e] == keys[a]) {
                e++;
            }
            if (e - a > 1 && anyLongerThan(s, offsets, a, e, next)) {
                sortRun(s, offsets, a, e, next);
            }
            a = e;
        }
    }

    private void sortRun(Sorted s, int[] offsets, int a, int e, int depth) {
        int m = e - a;
        if (m <= 32) {
            for (int i = a + 1; i < e; i++) {
                int v = offsets[i];
                int j = i - 1;
                while (j >= a && compareFrom(s, offsets[j], v, depth) > 0) {
                    offsets[j + 1] = offsets[j];
                    j--;
                }
                offsets[j + 1] = v;
            }
            return;
        }
        int[] v = Arrays.copyOfRange(offsets, a, e);
        long[] k = new long[m];
        for (int i = 0; i < m; i++) {
            k[i] = key(s, v[i], depth);
        }
        LongRadix.sort(k, v, m, bits * perKey);
        resolveTies(s, k, v, m, depth);
        System.arraycopy(v, 0, offsets, a, m);
    }

    private static int compareFrom(Sorted s, int x, int y, int depth) {
        int lx = s.length(x);
        int ly = s.length(y);
        int sx = s.start(x);
        int sy = s.start(y);
        return Arrays.compareUnsigned(s.records(), sx + Math.min(depth, lx), sx + lx,
                s.records(), sy + Math.min(depth, ly), sy + ly);
    }

    private static boolean anyLongerThan(Sorted s, int[] offsets, int a, int e, int length) {
        for (int i = a; i < e; i++) {
            if (s.length(offsets[i]) > length) {
                return true;
            }
        }
        return false;
    }

    private long key(Sorted s, int offset, int depth) {
        byte[] r = s.records();
        int len = s.length(offset);
        int start = s.start(offset);
        long k = 0;
        for (int j = 0; j < perKey; j++) {
            int pos = depth + j;
            int v = pos < len ? (r[start + pos] & 0xff) - minByte + 1 : 0;
            k = (k << bits) | v;
        }
        return k;
    }

    private static int commonPrefix(byte[] records, byte[] ref, int refStart, int upTo) {
        Sorted s = new Sorted(records, null, null);
        int common = upTo;
        int p = 0;
        while (p < records.length && common > 0) {
            int len = s.length(p);
            int start = s.start(p);
            int m = Math.min(common, len);
            int j = Arrays.mismatch(records, start, start + m, ref, refStart, refStart + m);
            common = j < 0 ? m : j;
            p = start + len;
        }
        return common;
    }

    /** Smallest and largest byte value at positions from {@code from} of every id, packed as (min << 32) | max. */
    private static long byteRange(byte[] records, int from) {
        Sorted s = new Sorted(records, null, null);
        int lo = 255;
        int hi = 0;
        int p = 0;
        while (p < records.length) {
            int len = s.length(p);
            int start = s.start(p);
            for (int j = start + from; j < start + len; j++) {
                int b = records[j] & 0xff;
                lo = Math.min(lo, b);
                hi = Math.max(hi, b);
            }
            p = start + len;
        }
        return ((long) lo << 32) | hi;
    }

    private static int utf8Length(String s) {
        int n = s.length();
        int len = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                len += c < 0x800 || Character.isSurrogate(c) ? 1 : 2; // a surrogate pair is 4 bytes: 1 + 1 extra each
            }
        }
        return len;
    }

    private static int varintSize(int v) {
        int size = 1;
        while (v >= 0x80) {
            v >>>= 7;
            size++;
        }
        return size;
    }
}
