package cn.supervision.disclosure.results;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import cn.supervision.disclosure.results.domain.ItemResult;
import cn.supervision.disclosure.results.domain.PublicResult;

/**
 * An in-memory search index of the public results. It answers which results match, in what order (newest result
 * first) and how many; the page's results themselves are then read by id. Why it exists: the embedded Mongo-wire
 * server ignores secondary indexes, so every search there scans the collection (see {@code PublicSearchBenchmark});
 * on MongoDB it also saves the unanchored-regex scan of a partial-name search.
 * <p>
 * Two parts, like a small log-structured index: a large immutable {@link ResultSegment} whose ordinals <em>are</em> the
 * newest-first order (so a page needs no sort, and a date range is one contiguous run of ordinals), and a few recent
 * results written since it was built (kept sorted, merged into every answer). When the recent part grows past
 * {@link #compactAt()} a new segment is built from both, off the searching threads, and swapped in.
 */
final class ResultIndex {

    /** What the index keeps of one result: only the fields searched and sorted on. */
    record Entry(String id, String uscc, String objectId, String taskId, String[] departments, String[] categories, int resultDay,
            boolean refusal, String name) {
    }

    /** The ids of one page of matches, newest first, and how many matched in all. */
    record Hits(List<String> ids, long total) {
    }

    static final Comparator<Entry> NEWEST_FIRST = Comparator.comparingInt(Entry::resultDay).reversed().thenComparing(Entry::id);

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ResultIndex.class);

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicBoolean compacting = new AtomicBoolean();
    private final boolean compactInBackground;
    private ResultSegment base;
    /** Results written since {@link #base} was built (new, or replacing one of its entries), by id and newest first. */
    private final Map<String, Entry> recent = new HashMap<>();
    private final List<Entry> recentOrder = new ArrayList<>();
    /** Ordinals of {@link #base} that a recent entry replaces (a correction): skipped when reading the base. */
    private final BitSet replaced = new BitSet();

    ResultIndex() {
        this(List.of(), true);
    }

    private ResultIndex(Collection<Entry> entries, boolean compactInBackground) {
        this.base = ResultSegment.of(entries);
        this.compactInBackground = compactInBackground;
    }

    /** An index of {@code entries} (ids unique), built at once: the start of a service, or a rebuild. */
    static ResultIndex of(Collection<Entry> entries) {
        return new ResultIndex(entries, true);
    }

    /** For tests: compaction runs in the writing thread, so its outcome can be checked at once. */
    static ResultIndex compactingInline() {
        return new ResultIndex(List.of(), false);
    }

    static Entry entryOf(PublicResult r) {
        return new Entry(r.inspectionId(), r.uscc(), r.objectId(), r.taskId(), r.departments().toArray(String[]::new),
                r.items().stream().map(ItemResult::category).distinct().toArray(String[]::new),
                r.resultDate() == null ? 0 : (int) r.resultDate().toEpochDay(),
                PublicResult.REFUSAL.equals(r.kind()), r.objectName() == null ? "" : r.objectName());
    }

    /** Adds or replaces the entry of {@code entry.id()}; visible to the next search. */
    void put(Entry entry) {
        boolean compactNow;
        lock.writeLock().lock();
        try {
            Entry known = recent.get(entry.id());
            if (known == null) {
                int ordinal = base.ordinalOf(entry.id());
                known = ordinal >= 0 && !replaced.get(ordinal) ? base.entry(ordinal) : null;
            }
            if (known != null && same(known, entry)) {
                return; // re-read by the refresh from Mongo, unchanged: hiding the indexed copy would only slow searches down
            }
            Entry old = recent.put(entry.id(), entry);
            if (old != null) {
                recentOrder.remove(Collections.binarySearch(recentOrder, old, NEWEST_FIRST));
            } else {
                int ordinal = base.ordinalOf(entry.id());
                if (ordinal >= 0) {
                    replaced.set(ordinal);
                }
            }
            int at = Collections.binarySearch(recentOrder, entry, NEWEST_FIRST);
            recentOrder.add(at >= 0 ? at : -at - 1, entry);
            compactNow = recent.size() >= compactAt() && compacting.compareAndSet(false, true);
        } finally {
            lock.writeLock().unlock();
        }
        if (compactNow) {
            if (compactInBackground) {
                Thread worker = new Thread(this::compact, "search-index-compaction");
                worker.setDaemon(true);
                worker.start();
            } else {
                compact();
            }
        }
    }

    /** Recent entries are scanned by every search: keep them few (a rebuild of a million costs seconds, off the request path). */
    private int compactAt() {
        return Math.max(2048, base.size() / 256);
    }

    /** Builds a new segment from the current one and the recent entries, then keeps as recent only what was written meanwhile. */
    void compact() {
        long start = System.nanoTime();
        try {
            ResultSegment before;
            Map<String, Entry> taken;
            BitSet hidden;
            lock.readLock().lock();
            try {
                before = base;
                taken = new HashMap<>(recent);
                hidden = (BitSet) replaced.clone();
            } finally {
                lock.readLock().unlock();
            }
            List<Entry> all = new ArrayList<>(before.size() + taken.size());
            for (int o = 0; o < before.size(); o++) {
                if (!hidden.get(o)) {
                    all.add(before.entry(o));
                }
            }
            all.addAll(taken.values());
            ResultSegment next = ResultSegment.of(all);
            lock.writeLock().lock();
            try {
                base = next;
                replaced.clear();
                recent.values().removeIf(e -> taken.get(e.id()) == e);
                recentOrder.removeIf(e -> !recent.containsKey(e.id()));
                for (Entry e : recent.values()) {
                    int ordinal = next.ordinalOf(e.id());
                    if (ordinal >= 0) {
                        replaced.set(ordinal);
                    }
                }
            } finally {
                lock.writeLock().unlock();
            }
            log.info("search index compacted: {} results in {} ms", next.size(), (System.nanoTime() - start) / 1_000_000);
        } finally {
            compacting.set(false);
        }
    }

    int size() {
        lock.readLock().lock();
        try {
            return base.size() - replaced.cardinality() + recent.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    int recentSize() {
        lock.readLock().lock();
        try {
            return recent.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How many results the immutable part holds (for tests of compaction). */
    int compactedSize() {
        lock.readLock().lock();
        try {
            return base.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    Hits search(ResultSearch s) {
        lock.readLock().lock();
        try {
            List<Entry> recentMatches = new ArrayList<>();
            for (Entry e : recentOrder) {
                if (matches(e, s)) {
                    recentMatches.add(e);
                }
            }
            BitSet hidden = replaced.isEmpty() ? null : replaced;
            if (NameSearch.serves(s)) {
                return NameSearch.page(base, s, hidden, recentMatches, s.skip(), s.size());
            }
            ResultQuery query = ResultQuery.plan(base, s, hidden);
            return query.page(recentMatches, s.skip(), s.size());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every result of one object, newest first. */
    List<String> ofObject(String objectId) {
        lock.readLock().lock();
        try {
            List<Entry> found = new ArrayList<>();
            ResultSegment.Postings.Slice slice = base.byObject.slice(objectId);
            for (int p = slice.from(); p < slice.to(); p++) {
                int ordinal = slice.values()[p];
                if (!replaced.get(ordinal)) {
                    found.add(base.entry(ordinal));
                }
            }
            for (Entry e : recentOrder) {
                if (objectId.equals(e.objectId())) {
                    found.add(e);
                }
            }
            found.sort(NEWEST_FIRST);
            return found.stream().map(Entry::id).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The full check of one entry against a search (used for the few recent entries; the segment answers from postings). */
    static boolean matches(Entry e, ResultSearch s) {
        if (s.uscc() != null && !s.uscc().equals(e.uscc())) {
            return false;
        }
        if (s.taskId() != null && !s.taskId().equals(e.taskId())) {
            return false;
        }
        if (s.department() != null && !contains(e.departments(), s.department())) {
            return false;
        }
        if (s.category() != null && !contains(e.categories(), s.category())) {
            return false;
        }
        if (s.name() != null && !e.name().contains(s.name())) {
            return false;
        }
        if (s.from() != null && e.resultDay() < s.from().toEpochDay()) {
            return false;
        }
        if (s.to() != null && e.resultDay() > s.to().toEpochDay()) {
            return false;
        }
        return s.kind() == null || PublicResult.REFUSAL.equals(s.kind()) == e.refusal();
    }

    private static boolean same(Entry a, Entry b) {
        return a.resultDay() == b.resultDay() && a.refusal() == b.refusal() && java.util.Objects.equals(a.uscc(), b.uscc())
                && java.util.Objects.equals(a.objectId(), b.objectId()) && java.util.Objects.equals(a.taskId(), b.taskId())
                && java.util.Objects.equals(a.name(), b.name()) && java.util.Arrays.equals(a.departments(), b.departments())
                && java.util.Arrays.equals(a.categories(), b.categories());
    }

    private static boolean contains(String[] values, String wanted) {
        for (String v : values) {
            if (wanted.equals(v)) {
                return true;
            }
        }
        return false;
    }
}
