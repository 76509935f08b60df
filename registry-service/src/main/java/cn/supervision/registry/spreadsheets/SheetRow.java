package cn.supervision.registry.spreadsheets;

import java.util.List;

/** One row as the clerk sees it: {@code number} is the row number shown by Excel (the header is row 1). */
public record SheetRow(int number, List<String> cells) {

    public boolean isEmpty() {
        return cells.stream().allMatch(c -> c == null || Cells.text(c).isEmpty());
    }

    public String cell(int index) {
        return index < 0 || index >= cells.size() || cells.get(index) == null ? "" : cells.get(index);
    }
}
