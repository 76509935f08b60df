package cn.supervision.disclosure.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The immutable part of the {@link ResultIndex}: results numbered in newest-first order (ordinal 0 is the newest
 * result), kept column by column (no object per result), with posting lists per USCC, object, task, department,
 * category, two-character piece of the name (bigram) and character of the name. Every posting list is in ascending ordinal order, that is
 * newest first, so the first matches are the first page and a date range is a contiguous run of ordinals.
 * Repeated values (task ids, department and category lists, names of an object inspected several times) are shared;
 * names are numbered, so that a name searched as text is checked once however many results carry it.
 */
final class ResultSegment {

    final String[] ids;
    final String[] usccs;
    final String[] objectIds;
    final String[] taskIds;
    final String[][] departments;
    final String[][] categories;
    /** Each result's name as a number into {@link #distinctNames}: a long name is checked once per distinct name. */
    final int[] nameNumbers;
    final String[] distinctNames;
    /** Per distinct name (by number) its ordinals, ascending: {@code nameOrdinals[nameStarts[k] .. nameStarts[k + 1])}. */
    final int[] nameStarts;
    final int[] nameOrdinals;
    /** Per two-character piece, the numbers of the distinct names holding it, ascending. */
    final Postings namesByBigram;
    /** Result date as epoch day, never increasing with the ordinal. */
    final int[] days;
    final BitSet refusals;
    final Postings byUscc;
    final Postings byObject;
    final Postings byTask;
    final Postings byDepartment;
    final Postings byCategory;
    final Postings byBigram;
    /** Per single character of the name: a one-character search is a list, not a walk through every name. */
    final Postings byCharacter;
    /** The ids in string order and their ordinals: finds a result's ordinal without a map of a million entries. */
    private final String[] sortedIds;
    private final int[] sortedOrdinals;

    private ResultSegment(List<ResultIndex.Entry> sorted) {
        int n = sorted.size();
        ids = new String[n];
        usccs = new String[n];
        objectIds = new String[n];
        taskIds = new String[n];
        departments = new String[n][];
        categories = new String[n][];
        nameNumbers = new int[n];
        Map<String, Integer> numbered = new HashMap<>();
        days = new int[n];
        refusals = new BitSet(n);
        Map<Object, Object> shared = new HashMap<>();
        Postings.Builder uscc = new Postings.Builder();
        Postings.Builder object = new Postings.Builder();
        Postings.Builder task = new Postings.Builder();
        Postings.Builder department = new Postings.Builder();
        Postings.Builder category = new Postings.Builder();
        Postings.Builder bigram = new Postings.Builder();
        Postings.Builder character = new Postings.Builder();
        for (int o = 0; o < n; o++) {
            ResultIndex.Entry e = sorted.get(o);
            ids[o] = e.id();
            objectIds[o] = e.objectId();
            usccs[o] = e.uscc() != null && e.uscc().equals(e.objectId()) ? e.objectId() : e.uscc();
            taskIds[o] = share(shared, e.taskId());
            departments[o] = shareArray(shared, e.departments());
            categories[o] = shareArray(shared, e.categories());
            nameNumbers[o] = numbered.computeIfAbsent(e.name(), name -> numbered.size());
            days[o] = e.resultDay();
            refusals.set(o, e.refusal());
            uscc.add(usccs[o], o);
            object.add(objectIds[o], o);
            task.add(taskIds[o], o);
            for (String d : departments[o]) {
                department.add(d, o);
            }
            for (String c : categories[o]) {
                category.add(c, o);
            }
            String name = e.name();
            for (int i = 0; i < name.length(); i++) {
                character.add(String.valueOf(name.charAt(i)), o);
                if (i + 1 < name.length()) {
                    bigram.add(name.substring(i, i + 2), o);
                }
            }
        }
        distinctNames = new String[numbered.size()];
        numbered.forEach((name, number) -> distinctNames[number] = name);
        nameStarts = new int[distinctNames.length + 1];
        for (int o = 0; o < n; o++) {
            nameStarts[nameNumbers[o] + 1]++;
        }
        for (int k = 0; k < distinctNames.length; k++) {
            nameStarts[k + 1] += nameStarts[k];
        }
        nameOrdinals = new int[n];
        int[] filled = Arrays.copyOf(nameStarts, distinctNames.length);
        for (int o = 0; o < n; o++) {
            nameOrdinals[filled[nameNumbers[o]]++] = o;
        }
        Postings.Builder nameBigram = new Postings.Builder();
        for (int k = 0; k < distinctNames.length; k++) {
            for (int i = 0; i + 1 < distinctNames[k].length(); i++) {
                nameBigram.add(distinctNames[k].substring(i, i + 2), k);
            }
        }
        namesByBigram = nameBigram.build();
        byUscc = uscc.build();
        byObject = object.build();
        byTask = task.build();
        byDepartment = department.build();
        byCategory = category.build();
        byBigram = bigram.build();
        byCharacter = character.build();
        Integer[] order = new Integer[n];
        for (int o = 0; o < n; o++) {
            order[o] = o;
        }
        Arrays.sort(order, (a, b) -> ids[a].compareTo(ids[b]));
        sortedIds = new String[n];
        sortedOrdinals = new int[n];
        for (int i = 0; i < n; i++) {
            sortedIds[i] = ids[order[i]];
            sortedOrdinals[i] = order[i];
        }
    }

    /** A segment of {@code entries} (ids unique), numbered newest first. */
    static ResultSegment of(Collection<ResultIndex.Entry> entries) {
        List<ResultIndex.Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ResultIndex.NEWEST_FIRST);
        return new ResultSegment(sorted);
    }

    int size() {
        return ids.length;
    }

    ResultIndex.Entry entry(int o) {
        return new ResultIndex.Entry(ids[o], usccs[o], objectIds[o], taskIds[o], departments[o], categories[o], days[o], refusals.get(o),
                distinctNames[nameNumbers[o]]);
    }

    /** The ordinal of the result {@code id}, or -1. */
    int ordinalOf(String id) {
        int at = Arrays.binarySearch(sortedIds, id);
        return at >= 0 ? sortedOrdinals[at] : -1;
    }

    /** Whether {@code e} comes before the result at {@code o} in newest-first order. */
    boolean before(ResultIndex.Entry e, int o) {
        return e.resultDay() != days[o] ? e.resultDay() > days[o] : e.id().compareTo(ids[o]) < 0;
    }

    /** The first position in {@code values[lo..hi)} (ascending) holding a value ≥ {@code value}. */
    static int firstAtLeast(int[] values, int lo, int hi, int value) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The ordinals {@code [lo, hi)} of the results dated within the search's date range (all, without one). */
    int[] dateRun(ResultSearch s) {
        int lo = s.to() == null ? 0 : firstOnOrBefore((int) s.to().toEpochDay());
        int hi = s.from() == null ? size() : firstOnOrBefore((int) s.from().toEpochDay() - 1);
        return new int[] {lo, Math.max(lo, hi)};
    }

    /** The first ordinal whose result date is on or before {@code day} (the ordinals of later dates come first). */
    int firstOnOrBefore(int day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] > day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String share(Map<Object, Object> shared, String value) {
        return value == null ? null : (String) shared.computeIfAbsent(value, v -> v);
    }

    private static String[] shareArray(Map<Object, Object> shared, String[] values) {
        if (values == null) {
            return new String[0];
        }
        return (String[]) shared.computeIfAbsent(List.of(values), v -> values);
    }

    /**
     * Posting lists of one field in three arrays: the keys in string order, where each key's ordinals start, and the
     * ordinals themselves (ascending). No object per key: a million USCCs cost three array slots each.
     */
    static final class Postings {

        /** The ordinals {@code values[from..to)} of one key (empty when the key is unknown). */
        record Slice(int[] values, int from, int to) {
            int length() {
                return to - from;
            }
        }

        private static final int[] NONE = new int[0];
        private final String[] keys;
        private final int[] starts;
        private final int[] values;

        private Postings(String[] keys, int[] starts, int[] values) {
            this.keys = keys;
            this.starts = starts;
            this.values = values;
        }

        Slice slice(String key) {
            int k = key == null ? -1 : Arrays.binarySearch(keys, key);
            return k < 0 ? new Slice(NONE, 0, 0) : new Slice(values, starts[k], starts[k + 1]);
        }

        /** The shortest list among the two-character pieces of {@code text} (two characters or more). */
        Slice rarestBigram(String text) {
            Slice rarest = null;
            for (int i = 0; i + 1 < text.length(); i++) {
                Slice piece = slice(text.substring(i, i + 2));
                if (rarest == null || piece.length() < rarest.length()) {
                    rarest = piece;
                }
            }
            return rarest;
        }

        /** Collects ordinals per key in ascending order (they are added in ordinal order), without repeats. */
        static final class Builder {
            private final Map<String, IntList> lists = new HashMap<>();

            void add(String key, int ordinal) {
                if (key != null) {
                    lists.computeIfAbsent(key, k -> new IntList()).add(ordinal);
                }
            }

            Postings build() {
                String[] keys = lists.keySet().toArray(String[]::new);
                Arrays.sort(keys);
                int[] starts = new int[keys.length + 1];
                long total = 0;
                for (int k = 0; k < keys.length; k++) {
                    total += lists.get(keys[k]).size;
                }
                int[] values = new int[Math.toIntExact(total)];
                int at = 0;
                for (int k = 0; k < keys.length; k++) {
                    starts[k] = at;
                    IntList list = lists.get(keys[k]);
                    System.arraycopy(list.values, 0, values, at, list.size);
                    at += list.size;
                }
                starts[keys.length] = at;
                lists.clear();
                return new Postings(keys, starts, values);
            }
        }

        private static final class IntList {
            int[] values = new int[2];
            int size;

            void add(int ordinal) {
                if (size > 0 && values[size - 1] == ordinal) {
                    return; // a piece repeated within one name
                }
                if (size == values.length) {
                    values = Arrays.copyOf(values, size * 2);
                }
                values[size++] = ordinal;
            }
        }
    }
}
