package cn.supervision.disclosure.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory search index answers like the Mongo query: literal partial names, exact keys, newest first, corrections
 * replace; and its compacted segment, its recent results and their merge give exactly what a plain filter-and-sort of
 * every result gives (same results, same order, same totals, same pages).
 */
class ResultIndexTest {

    static ResultIndex.Entry entry(String id, String name, String date, String department, String category, boolean refusal) {
        return new ResultIndex.Entry(id, "USCC-" + id, "OBJ-" + id, "T-1", new String[] {department}, new String[] {category},
                (int) LocalDate.parse(date).toEpochDay(), refusal, name);
    }

    static ResultSearch search(String name, String department, String category, String from, String kind, String page, String size) {
        return ResultSearch.parse(null, name, null, department, category, from, null, kind, page, size);
    }

    @Test
    void findsPartialChineseNamesLiterallyNewestFirst() {
        ResultIndex index = new ResultIndex();
        index.put(entry("B", "龙亭区宏达建筑有限公司", "2026-03-01", "housing-market", "1", false));
        index.put(entry("A", "龙亭区宏达物业有限公司", "2026-03-01", "property", "A", false));
        index.put(entry("C", "鼓楼区(集团).*建筑有限公司", "2026-04-01", "housing-market", "8", true));

        assertThat(index.search(search("宏达", null, null, null, null, null, null)).ids()).containsExactly("A", "B");
        assertThat(index.search(search("建筑", null, null, null, null, null, null)).ids()).containsExactly("C", "B");
        assertThat(index.search(search("(集团).*", null, null, null, null, null, null)).ids()).containsExactly("C");
        assertThat(index.search(search(".*", null, null, null, null, null, null)).ids()).containsExactly("C");
        assertThat(index.search(search("宏达建", null, null, null, null, null, null)).ids()).containsExactly("B");
        assertThat(index.search(search("区", null, null, null, null, null, null)).total()).as("one character: every name scanned").isEqualTo(3);
        assertThat(index.search(search("不存在", null, null, null, null, null, null)).total()).isZero();
    }

    @Test
    void filtersByDepartmentCategoryDateAndKindAndPages() {
        ResultIndex index = new ResultIndex();
        for (int i = 0; i < 30; i++) {
            index.put(entry(String.format("%02d", i), "企业" + i, LocalDate.parse("2026-01-01").plusDays(i).toString(), i % 2 == 0 ? "a" : "b",
                    i % 3 == 0 ? "A" : "1", i == 29));
        }
        ResultIndex.Hits page = index.search(search(null, "a", null, null, null, "1", "5"));
        assertThat(page.total()).isEqualTo(15);
        assertThat(page.ids()).containsExactly("18", "16", "14", "12", "10");
        assertThat(index.search(search(null, null, "A", "2026-01-20", null, null, null)).ids()).containsExactly("27", "24", "21");
        assertThat(index.search(search(null, null, null, null, "REFUSAL", null, null)).ids()).containsExactly("29");
        assertThat(index.search(search(null, null, null, null, "INSPECTION", null, null)).total()).isEqualTo(29);
        assertThat(index.search(search(null, null, null, null, null, "9", "5")).ids()).isEmpty();
    }

    @Test
    void aCorrectionReplacesTheEntryWithoutLeavingTheOldNameFindable() {
        ResultIndex index = new ResultIndex();
        index.put(entry("X", "旧名称建筑公司", "2026-03-01", "a", "A", false));
        index.put(entry("X", "新名称物业公司", "2026-03-02", "b", "1", false));
        assertThat(index.search(search("旧名称", null, null, null, null, null, null)).total()).isZero();
        assertThat(index.search(search("新名称", null, null, null, null, null, null)).ids()).containsExactly("X");
        assertThat(index.search(search(null, "a", null, null, null, null, null)).total()).isZero();
        assertThat(index.ofObject("OBJ-X")).isEqualTo(List.of("X"));
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void resultsWrittenAfterCompactionAreMergedInNewestFirstAndCorrectionsHideTheCompactedVersion() {
        List<ResultIndex.Entry> first = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            first.add(entry("R" + i, "甲企业" + i, LocalDate.parse("2026-01-01").plusDays(i * 2).toString(), "a", "1", false));
        }
        ResultIndex index = ResultIndex.of(first);
        assertThat(index.compactedSize()).isEqualTo(10);
        index.put(entry("N1", "乙企业", "2026-01-04", "a", "1", false)); // between R2 (01-05) and R1 (01-03)
        index.put(entry("R9", "甲企业9改", "2025-12-31", "a", "1", false)); // a correction moves R9 to the end
        ResultIndex.Hits all = index.search(search(null, "a", null, null, null, null, "100"));
        assertThat(all.total()).isEqualTo(11);
        assertThat(all.ids()).containsExactly("R8", "R7", "R6", "R5", "R4", "R3", "R2", "N1", "R1", "R0", "R9");
        assertThat(index.search(search(null, "a", null, null, null, "1", "4")).ids()).containsExactly("R4", "R3", "R2", "N1");
        assertThat(index.search(search(null, null, null, null, null, "2", "4")).ids()).containsExactly("R1", "R0", "R9");
        assertThat(index.search(search("改", null, null, null, null, null, null)).ids()).containsExactly("R9");
        assertThat(index.size()).isEqualTo(11);
    }

    @Test
    void compactionKeepsEveryAnswer() {
        ResultIndex index = ResultIndex.compactingInline();
        for (int i = 0; i < 2100; i++) {
            index.put(entry(String.format("C%04d", i), "企业" + (i % 50), LocalDate.parse("2026-01-01").plusDays(i % 40).toString(),
                    i % 3 == 0 ? "a" : "b", "1", false));
        }
        assertThat(index.compactedSize()).as("compacted once 2048 recent results were reached").isEqualTo(2048);
        assertThat(index.size()).isEqualTo(2100);
        assertThat(index.search(search(null, "a", null, null, null, null, "100")).total()).isEqualTo(700);
        assertThat(index.search(search("企业7", null, null, null, null, "0", "3")).total()).isEqualTo(42);
        index.put(entry("C0001", "企业1", "2026-01-02", "b", "1", false));
        assertThat(index.recentSize()).as("an unchanged result read again (the refresh from Mongo) hides nothing").isEqualTo(52);
        index.put(entry("C0007", "企业7", "2026-03-01", "a", "1", false));
        assertThat(index.search(search("企业7", null, null, null, null, "0", "3")).ids()).startsWith("C0007");
    }

    /** Random results, corrections and searches of every kind, checked against a plain filter-and-sort of all results. */
    @Test
    void answersExactlyLikeFilteringAndSortingEveryResult() {
        Random random = new Random(20261126);
        String[] words = {"宏达", "恒信", "建筑", "物业", "工程", "龙亭", "达建", "(集团)", ".*", "区"};
        String[] departments = {"a", "b", "c"};
        String[] categories = {"1", "A", "E", "8"};
        ResultIndex index = ResultIndex.compactingInline();
        Map<String, ResultIndex.Entry> reference = new HashMap<>();
        for (int round = 0; round < 6; round++) {
            int writes = round == 0 ? 2500 : 300;
            for (int w = 0; w < writes; w++) {
                String id = "I" + random.nextInt(3200);
                String name = words[random.nextInt(words.length)] + words[random.nextInt(words.length)] + "有限公司";
                ResultIndex.Entry e = new ResultIndex.Entry(id, "U" + random.nextInt(400), "O" + random.nextInt(400), "T" + random.nextInt(20),
                        new String[] {departments[random.nextInt(3)]}, new String[] {categories[random.nextInt(4)], "1"},
                        (int) LocalDate.parse("2026-01-01").plusDays(random.nextInt(60)).toEpochDay(), random.nextInt(10) == 0, name);
                index.put(e);
                reference.put(id, e);
            }
            for (int q = 0; q < 600; q++) {
                boolean nameOnly = q % 2 == 1; // the name search's own path (NameSearch): a name, at most a date range
                String name = nameOnly || random.nextInt(3) == 0
                        ? words[random.nextInt(words.length)] + (random.nextBoolean() ? "" : words[random.nextInt(words.length)])
                        : null;
                LocalDate from = random.nextInt(3) == 0 ? LocalDate.parse("2026-01-01").plusDays(random.nextInt(60)) : null;
                LocalDate to = random.nextInt(3) == 0 ? LocalDate.parse("2026-01-01").plusDays(random.nextInt(60)) : null;
                if (from != null && to != null && from.isAfter(to)) {
                    LocalDate swap = from;
                    from = to;
                    to = swap;
                }
                ResultSearch s = ResultSearch.parse(!nameOnly && random.nextInt(8) == 0 ? "U" + random.nextInt(400) : null, name,
                        !nameOnly && random.nextInt(4) == 0 ? "T" + random.nextInt(20) : null,
                        !nameOnly && random.nextInt(3) == 0 ? departments[random.nextInt(3)] : null,
                        !nameOnly && random.nextInt(3) == 0 ? categories[random.nextInt(4)] : null, from == null ? null : from.toString(),
                        to == null ? null : to.toString(),
                        !nameOnly && random.nextInt(5) == 0 ? (random.nextBoolean() ? "REFUSAL" : "INSPECTION") : null,
                        String.valueOf(random.nextInt(4) == 0 ? random.nextInt(30) : 0), String.valueOf(1 + random.nextInt(40)));
                List<ResultIndex.Entry> expected = reference.values().stream().filter(e -> ResultIndex.matches(e, s))
                        .sorted(ResultIndex.NEWEST_FIRST).toList();
                List<String> expectedPage = expected.stream().skip(s.skip()).limit(s.size()).map(ResultIndex.Entry::id).toList();
                ResultIndex.Hits hits = index.search(s);
                assertThat(hits.total()).as("total of %s", s).isEqualTo(expected.size());
                assertThat(hits.ids()).as("page of %s", s).isEqualTo(expectedPage);
            }
            String object = "O" + random.nextInt(400);
            assertThat(index.ofObject(object)).isEqualTo(reference.values().stream().filter(e -> e.objectId().equals(object))
                    .sorted(ResultIndex.NEWEST_FIRST).map(ResultIndex.Entry::id).toList());
            assertThat(index.size()).isEqualTo(reference.size());
        }
        assertThat(index.compactedSize()).as("the rounds crossed a compaction").isPositive();
    }
}
