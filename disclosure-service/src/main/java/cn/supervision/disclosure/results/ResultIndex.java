package cn.supervision.disclosure.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import cn.supervision.disclosure.results.domain.ItemResult;
import cn.supervision.disclosure.results.domain.PublicResult;

/**
 * An in-memory search index of the public results: posting lists per USCC, object, task, department, category and
 * per two-character piece of the name (so a partial Chinese name is found without scanning), and the newest-first
 * order. It answers which results match and in what order; the results themselves are then read by id. Why it
 * exists: the embedded Mongo-wire server ignores secondary indexes, so every search there scans the collection
 * (measured in {@code PublicSearchBenchmark}); on MongoDB it also saves the unanchored-regex scan of a name search.
 */
final class ResultIndex {

    /** What the index keeps of one result: only the fields searched and sorted on. */
    record Entry(String id, String uscc, String objectId, String taskId, String[] departments, String[] categories, int resultDay,
            boolean refusal, String name) {
    }

    /** The ids of one page of matches, newest first, and how many matched in all. */
    record Hits(List<String> ids, long total) {
    }

    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparingInt(Entry::resultDay).reversed().thenComparing(Entry::id);

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<String, Postings> byUscc = new HashMap<>();
    private final Map<String, Postings> byObject = new HashMap<>();
    private final Map<String, Postings> byTask = new HashMap<>();
    private final Map<String, Postings> byDepartment = new HashMap<>();
    private final Map<String, Postings> byCategory = new HashMap<>();
    private final Map<String, Postings> byBigram = new HashMap<>();
    private int[] newestFirst = new int[0];
    private boolean orderStale;
    private long lastSort;

    static Entry entryOf(PublicResult r) {
        return new Entry(r.inspectionId(), r.uscc(), r.objectId(), r.taskId(), r.departments().toArray(String[]::new),
                r.items().stream().map(ItemResult::category).distinct().toArray(String[]::new), (int) r.resultDate().toEpochDay(),
                PublicResult.REFUSAL.equals(r.kind()), r.objectName() == null ? "" : r.objectName());
    }

    /** Adds or replaces the entry of {@code entry.id()}; a replaced entry keeps its slot and leaves stale postings, filtered on read. */
    void put(Entry entry) {
        lock.writeLock().lock();
        try {
            Integer existing = ordinals.get(entry.id());
            int ordinal;
            if (existing != null) {
                ordinal = existing;
                entries.set(ordinal, entry);
            } else {
                ordinal = entries.size();
                entries.add(entry);
                ordinals.put(entry.id(), ordinal);
            }
            post(byUscc, entry.uscc(), ordinal);
            post(byObject, entry.objectId(), ordinal);
            post(byTask, entry.taskId(), ordinal);
            for (String department : entry.departments()) {
                post(byDepartment, department, ordinal);
            }
            for (String category : entry.categories()) {
                post(byCategory, category, ordinal);
            }
            String name = entry.name();
            for (int i = 0; i + 1 < name.length(); i++) {
                post(byBigram, name.substring(i, i + 2), ordinal);
            }
            orderStale = true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    int size() {
        lock.readLock().lock();
        try {
            return entries.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    Hits search(ResultSearch s) {
        boolean narrowed = s.uscc() != null || s.taskId() != null || s.department() != null || s.category() != null
                || (s.name() != null && s.name().length() >= 2);
        if (!narrowed) {
            ensureOrder();
        }
        lock.readLock().lock();
        try {
            int[] candidates = candidates(s);
            boolean ordered = candidates == newestFirst;
            List<Entry> matches = new ArrayList<>();
            int lastOrdinal = -1;
            for (int ordinal : candidates) {
                if (ordinal == lastOrdinal) {
                    continue; // a posting repeated by an update
                }
                lastOrdinal = ordinal;
                Entry e = entries.get(ordinal);
                if (matches(e, s)) {
                    matches.add(e);
                }
            }
            if (!ordered) {
                matches.sort(NEWEST_FIRST);
            }
            long skip = s.skip();
            List<String> page = new ArrayList<>();
            for (long i = skip; i < matches.size() && page.size() < s.size(); i++) {
                page.add(matches.get((int) i).id());
            }
            return new Hits(page, matches.size());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The smallest posting list among the criteria given, sorted and without repeats; every result when none narrows it. */
    private int[] candidates(ResultSearch s) {
        Postings best = null;
        best = smaller(best, s.uscc() == null ? null : byUscc.getOrDefault(s.uscc(), Postings.EMPTY));
        best = smaller(best, s.taskId() == null ? null : byTask.getOrDefault(s.taskId(), Postings.EMPTY));
        best = smaller(best, s.department() == null ? null : byDepartment.getOrDefault(s.department(), Postings.EMPTY));
        best = smaller(best, s.category() == null ? null : byCategory.getOrDefault(s.category(), Postings.EMPTY));
        String name = s.name();
        if (name != null && name.length() >= 2) {
            for (int i = 0; i + 1 < name.length(); i++) {
                best = smaller(best, byBigram.getOrDefault(name.substring(i, i + 2), Postings.EMPTY));
            }
        }
        if (best == null) {
            return newestFirst;
        }
        int[] sorted = best.toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    List<String> ofObject(String objectId) {
        lock.readLock().lock();
        try {
            Postings postings = byObject.get(objectId);
            if (postings == null) {
                return List.of();
            }
            return Arrays.stream(postings.toArray()).distinct().mapToObj(entries::get).filter(e -> objectId.equals(e.objectId()))
                    .sorted(NEWEST_FIRST).map(Entry::id).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    private static boolean matches(Entry e, ResultSearch s) {
        if (s.uscc() != null && !s.uscc().equals(e.uscc())) {
            return false;
        }
        if (s.taskId() != null && !s.taskId().equals(e.taskId())) {
            return false;
        }
        if (s.department() != null && !Arrays.asList(e.departments()).contains(s.department())) {
            return false;
        }
        if (s.category() != null && !Arrays.asList(e.categories()).contains(s.category())) {
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
        if (s.kind() != null && (PublicResult.REFUSAL.equals(s.kind()) != e.refusal())) {
            return false;
        }
        return true;
    }

    /**
     * Re-sorts the full newest-first order when results changed, at most once a second: a result added meanwhile
     * shows in unfiltered listings up to a second later (every narrowed search sees it at once).
     */
    private void ensureOrder() {
        lock.readLock().lock();
        try {
            if (!orderStale || (newestFirst.length > 0 && System.nanoTime() - lastSort < 1_000_000_000L)) {
                return;
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            if (orderStale) {
                Integer[] order = new Integer[entries.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (a, b) -> NEWEST_FIRST.compare(entries.get(a), entries.get(b)));
                newestFirst = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
                orderStale = false;
                lastSort = System.nanoTime();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static Postings smaller(Postings best, Postings next) {
        if (next == null) {
            return best;
        }
        return best == null || next.size < best.size ? next : best;
    }

    private static void post(Map<String, Postings> map, String key, int ordinal) {
        if (key != null) {
            map.computeIfAbsent(key, k -> new Postings()).add(ordinal);
        }
    }

    /** A growable list of ordinals, compact (no boxing): a million results with a dozen name pieces each fit in tens of MB. */
    static final class Postings {
        static final Postings EMPTY = new Postings();
        private int[] values = new int[2];
        private int size;

        void add(int ordinal) {
            if (size > 0 && values[size - 1] == ordinal) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = ordinal;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
