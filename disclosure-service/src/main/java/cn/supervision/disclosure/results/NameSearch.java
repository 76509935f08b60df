package cn.supervision.disclosure.results;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import cn.supervision.disclosure.results.ResultSegment.Postings.Slice;

/**
 * A search by part of a name (three characters or more), with at most a result-date range: the commonest public
 * search, and one whose matches can number tens of thousands. It works on the segment's distinct names, not its
 * results: the names holding the text's rarest two-character piece are checked as text once each, the total is the sum
 * of the matching names' result counts (each narrowed to the date range by halving), and the page is the first
 * results of a merge of those names' ordinal lists — never a walk through every matching result.
 */
final class NameSearch {

    private NameSearch() {
    }

    static boolean serves(ResultSearch s) {
        return s.name() != null && s.name().length() > 2 && s.uscc() == null && s.taskId() == null && s.department() == null
                && s.category() == null && s.kind() == null;
    }

    /** The page at {@code skip} of the segment's matches (less {@code hidden} ordinals) merged with {@code recent}, and the total. */
    static ResultIndex.Hits page(ResultSegment segment, ResultSearch s, BitSet hidden, List<ResultIndex.Entry> recent, long skip, int size) {
        int[] names = namesHolding(segment, s.name());
        int[] run = segment.dateRun(s);
        // each matching name's ordinals within the date range: nameOrdinals[from[k] .. to[k])
        int[] from = new int[names.length];
        int[] to = new int[names.length];
        long total = recent.size();
        for (int k = 0; k < names.length; k++) {
            from[k] = ResultSegment.firstAtLeast(segment.nameOrdinals, segment.nameStarts[names[k]], segment.nameStarts[names[k] + 1], run[0]);
            to[k] = ResultSegment.firstAtLeast(segment.nameOrdinals, from[k], segment.nameStarts[names[k] + 1], run[1]);
            total += to[k] - from[k];
        }
        if (hidden != null) {
            for (int o = hidden.nextSetBit(run[0]); o >= 0 && o < run[1]; o = hidden.nextSetBit(o + 1)) {
                if (java.util.Arrays.binarySearch(names, segment.nameNumbers[o]) >= 0) {
                    total--;
                }
            }
        }
        List<String> page = new ArrayList<>(size);
        if (skip >= total) {
            return new ResultIndex.Hits(page, total);
        }
        Merge merge = new Merge(segment.nameOrdinals, from, to);
        int i = 0;
        for (long position = 0; page.size() < size; position++) {
            int o = merge.peek();
            while (o >= 0 && hidden != null && hidden.get(o)) {
                merge.advance();
                o = merge.peek();
            }
            String id;
            if (i < recent.size() && (o < 0 || segment.before(recent.get(i), o))) {
                id = recent.get(i++).id();
            } else if (o >= 0) {
                id = segment.ids[o];
                merge.advance();
            } else {
                break;
            }
            if (position >= skip) {
                page.add(id);
            }
        }
        return new ResultIndex.Hits(page, total);
    }

    /** The numbers of the distinct names containing {@code text}, ascending. */
    private static int[] namesHolding(ResultSegment segment, String text) {
        Slice rarest = segment.namesByBigram.rarestBigram(text);
        int[] holding = new int[rarest.length()];
        int n = 0;
        for (int p = rarest.from(); p < rarest.to(); p++) {
            int number = rarest.values()[p];
            if (segment.distinctNames[number].contains(text)) {
                holding[n++] = number;
            }
        }
        return java.util.Arrays.copyOf(holding, n);
    }

    /** A k-way merge of ascending runs {@code values[at[k] .. end[k])}: a binary heap of the runs by their current value. */
    private static final class Merge {

        private final int[] values;
        private final int[] at;
        private final int[] end;
        private final int[] heap;
        private int size;

        /** Takes over {@code at}, which it moves forward. */
        Merge(int[] values, int[] at, int[] end) {
            this.values = values;
            this.at = at;
            this.end = end;
            this.heap = new int[at.length];
            for (int k = 0; k < at.length; k++) {
                if (at[k] < end[k]) {
                    heap[size++] = k;
                }
            }
            for (int j = size / 2 - 1; j >= 0; j--) {
                down(j);
            }
        }

        /** The smallest current ordinal, or -1 when every list is used up. */
        int peek() {
            return size == 0 ? -1 : current(heap[0]);
        }

        void advance() {
            int k = heap[0];
            if (++at[k] >= end[k]) {
                heap[0] = heap[--size];
            }
            down(0);
        }

        private int current(int k) {
            return values[at[k]];
        }

        private void down(int j) {
            while (true) {
                int smallest = j;
                int left = 2 * j + 1;
                int right = left + 1;
                if (left < size && current(heap[left]) < current(heap[smallest])) {
                    smallest = left;
                }
                if (right < size && current(heap[right]) < current(heap[smallest])) {
                    smallest = right;
                }
                if (smallest == j) {
                    return;
                }
                int swap = heap[j];
                heap[j] = heap[smallest];
                heap[smallest] = swap;
                j = smallest;
            }
        }
    }
}
