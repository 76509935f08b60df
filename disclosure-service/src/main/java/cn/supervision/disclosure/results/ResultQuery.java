package cn.supervision.disclosure.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import cn.supervision.disclosure.results.ResultSegment.Postings.Slice;
import cn.supervision.disclosure.results.domain.PublicResult;

/**
 * One search against a {@link ResultSegment}: the posting lists of its criteria, shortest first, intersected by walking
 * the shortest and finding each of its ordinals in the others (galloping, as the cursors only move forward); a date
 * range narrows every list to one run of ordinals by binary search. When a single list (or the date range alone)
 * answers the search exactly, the total is its length and the page is read straight out of it; otherwise every
 * candidate is checked once to count the matches, and the page is taken on the way, already in newest-first order.
 * Either way the few recent results of the index are merged in at their place.
 */
final class ResultQuery {

    private final ResultSegment segment;
    private final ResultSearch search;
    /** Ordinals replaced by recent results; null when there are none. */
    private final BitSet hidden;
    /** The criteria's posting lists, shortest first; empty when only a date range (or nothing) narrows the search. */
    private final Slice[] lists;
    /** The driver's positions to walk: ordinals themselves when {@link #lists} is empty, else positions in lists[0]. */
    private final int from;
    private final int to;
    /** Whether a candidate needs a check beyond its driver list (more lists, name text, kind, replaced results). */
    private final boolean checked;
    /**
     * Per distinct name, whether it holds the searched text (1), does not (2) or is not checked yet (0): the thousands of
     * candidates of a common name piece share far fewer names, and each is checked as text only once.
     */
    private byte[] nameVerdicts;
    /** Below this many candidates each name is simply checked: an array per distinct name would cost more. */
    private static final int VERDICTS_FROM = 4096;

    private ResultQuery(ResultSegment segment, ResultSearch search, BitSet hidden, Slice[] lists, int from, int to, boolean checked) {
        this.segment = segment;
        this.search = search;
        this.hidden = hidden;
        this.lists = lists;
        this.from = from;
        this.to = to;
        this.checked = checked;
    }

    static ResultQuery plan(ResultSegment segment, ResultSearch s, BitSet hidden) {
        List<Slice> lists = new ArrayList<>(4);
        if (s.uscc() != null) {
            lists.add(segment.byUscc.slice(s.uscc()));
        }
        if (s.taskId() != null) {
            lists.add(segment.byTask.slice(s.taskId()));
        }
        if (s.department() != null) {
            lists.add(segment.byDepartment.slice(s.department()));
        }
        if (s.category() != null) {
            lists.add(segment.byCategory.slice(s.category()));
        }
        String name = s.name();
        Slice piece = name == null ? null : rarestPiece(segment, name);
        if (piece != null && name.length() <= 2) {
            lists.add(piece); // exactly the results whose name holds these one or two characters
        }
        Slice[] sorted = lists.toArray(Slice[]::new);
        Arrays.sort(sorted, Comparator.comparingInt(Slice::length));
        if (piece != null && name.length() > 2 && (sorted.length == 0 || piece.length() < sorted[0].length())) {
            // the name's rarest two-character piece drives; the name itself is then checked as text, which also
            // covers its other pieces, so their (long) lists are never walked
            Slice[] withPiece = new Slice[sorted.length + 1];
            withPiece[0] = piece;
            System.arraycopy(sorted, 0, withPiece, 1, sorted.length);
            sorted = withPiece;
        }
        int[] run = segment.dateRun(s);
        int lo = run[0];
        int hi = run[1];
        // a name of one or two characters is answered exactly by its list; a longer one is checked as text
        boolean checked = sorted.length > 1 || (name != null && name.length() > 2) || s.kind() != null || hidden != null;
        if (sorted.length == 0) {
            return new ResultQuery(segment, s, hidden, sorted, lo, hi, checked);
        }
        Slice driver = sorted[0];
        return new ResultQuery(segment, s, hidden, sorted, lowerBound(driver, lo), lowerBound(driver, hi), checked);
    }

    /** The shortest posting list among the name's two-character pieces (its character's, for a name of one). */
    private static Slice rarestPiece(ResultSegment segment, String name) {
        return name.length() == 1 ? segment.byCharacter.slice(name) : segment.byBigram.rarestBigram(name);
    }

    /** The page at {@code skip} of the segment's matches merged with {@code recent} (matching, newest first), and the total. */
    ResultIndex.Hits page(List<ResultIndex.Entry> recent, long skip, int size) {
        return checked ? walk(recent, skip, size) : jump(recent, skip, size);
    }

    /** Every driver position is a match: count by length, and start the page where it starts. */
    private ResultIndex.Hits jump(List<ResultIndex.Entry> recent, long skip, int size) {
        int k = recent.size();
        long total = (long) (to - from) + k;
        List<String> page = new ArrayList<>(size);
        if (skip >= total) {
            return new ResultIndex.Hits(page, total);
        }
        // recent match i lands at merged position i + (its insertion point - from), which grows with i: find by halving
        // the first recent match at or after skip, and compute insertion points only for it and the page after it
        int lo = 0;
        int hi = k;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mid + (insertionPoint(recent.get(mid)) - from) < skip) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int i = lo;
        long p = from + (skip - i);
        int next = i < k ? insertionPoint(recent.get(i)) : Integer.MAX_VALUE;
        while (page.size() < size) {
            if (i < k && (p >= to || next <= p)) {
                page.add(recent.get(i++).id());
                next = i < k ? insertionPoint(recent.get(i)) : Integer.MAX_VALUE;
            } else if (p < to) {
                page.add(segment.ids[ordinalAt((int) p++)]);
            } else {
                break;
            }
        }
        return new ResultIndex.Hits(page, total);
    }

    /** Checks every candidate once: counts all matches, keeps the page's on the way. */
    private ResultIndex.Hits walk(List<ResultIndex.Entry> recent, long skip, int size) {
        List<String> page = new ArrayList<>(size);
        int[] cursors = new int[lists.length];
        for (int j = 1; j < lists.length; j++) {
            cursors[j] = lists[j].from();
        }
        long position = 0;
        int i = 0;
        int k = recent.size();
        for (int p = from; p < to; p++) {
            int o = ordinalAt(p);
            if (!accept(o, cursors)) {
                continue;
            }
            while (i < k && segment.before(recent.get(i), o)) {
                position = emit(page, recent.get(i++).id(), position, skip, size);
            }
            position = emit(page, segment.ids[o], position, skip, size);
        }
        while (i < k) {
            position = emit(page, recent.get(i++).id(), position, skip, size);
        }
        return new ResultIndex.Hits(page, position);
    }

    private static long emit(List<String> page, String id, long position, long skip, int size) {
        if (position >= skip && page.size() < size) {
            page.add(id);
        }
        return position + 1;
    }

    private boolean accept(int o, int[] cursors) {
        if (hidden != null && hidden.get(o)) {
            return false;
        }
        for (int j = 1; j < lists.length; j++) {
            cursors[j] = seek(lists[j], cursors[j], o);
            if (cursors[j] >= lists[j].to() || lists[j].values()[cursors[j]] != o) {
                return false;
            }
        }
        if (search.name() != null && search.name().length() > 2 && !nameHolds(o)) {
            return false;
        }
        return search.kind() == null || PublicResult.REFUSAL.equals(search.kind()) == segment.refusals.get(o);
    }

    private boolean nameHolds(int o) {
        int number = segment.nameNumbers[o];
        if (to - from < VERDICTS_FROM) {
            return segment.distinctNames[number].contains(search.name());
        }
        if (nameVerdicts == null) {
            nameVerdicts = new byte[segment.distinctNames.length];
        }
        if (nameVerdicts[number] == 0) {
            nameVerdicts[number] = segment.distinctNames[number].contains(search.name()) ? (byte) 1 : (byte) 2;
        }
        return nameVerdicts[number] == 1;
    }

    private int ordinalAt(int p) {
        return lists.length == 0 ? p : lists[0].values()[p];
    }

    /** The first driver position whose result comes after {@code e} in newest-first order. */
    private int insertionPoint(ResultIndex.Entry e) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (segment.before(e, ordinalAt(mid))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The first position at or after {@code at} in {@code list} holding an ordinal ≥ {@code ordinal}: gallop, then halve. */
    private static int seek(Slice list, int at, int ordinal) {
        int[] v = list.values();
        int end = list.to();
        if (at >= end || v[at] >= ordinal) {
            return at;
        }
        int step = 1;
        int lo = at;
        int hi = at + 1;
        while (hi < end && v[hi] < ordinal) {
            lo = hi;
            step <<= 1;
            hi = at + step;
        }
        return ResultSegment.firstAtLeast(v, lo, Math.min(hi, end), ordinal);
    }

    /** The first position of {@code list} whose ordinal is ≥ {@code ordinal}. */
    private static int lowerBound(Slice list, int ordinal) {
        return ResultSegment.firstAtLeast(list.values(), list.from(), list.to(), ordinal);
    }
}
