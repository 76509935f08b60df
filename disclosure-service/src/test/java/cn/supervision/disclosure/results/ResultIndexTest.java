package cn.supervision.disclosure.results;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory search index answers like the Mongo query: literal partial names, exact keys, newest first, corrections replace. */
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
}
