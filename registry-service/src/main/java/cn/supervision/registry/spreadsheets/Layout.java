package cn.supervision.registry.spreadsheets;

import java.util.ArrayList;
import java.util.List;

/** The columns of one directory's template, and where each sits in a file a clerk sends back. */
public record Layout(String directory, List<Column> columns) {

    /** Column positions of a file by column, or the problems of its header row (missing, unknown or repeated columns). */
    public int[] positions(List<String> header, List<RowProblem> problems) {
        int[] positions = new int[columns.size()];
        java.util.Arrays.fill(positions, -1);
        for (int h = 0; h < header.size(); h++) {
            String cell = header.get(h);
            if (Cells.text(cell).isEmpty()) {
                continue;
            }
            boolean known = false;
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).isNamedBy(cell)) {
                    known = true;
                    if (positions[c] >= 0) {
                        problems.add(new RowProblem(1, columns.get(c).key(), "the column appears twice"));
                    }
                    positions[c] = h;
                }
            }
            if (!known) {
                problems.add(new RowProblem(1, Cells.text(cell), "unknown column; the template has " + headers()));
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            if (positions[c] < 0 && !columns.get(c).readOnly()) {
                problems.add(new RowProblem(1, columns.get(c).key(), "column missing; use the template's header row"));
            }
        }
        return positions;
    }

    /** Notes for the template's second sheet: one line per column. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add("Row 1 is the header; keep it. One record per row. Empty rows are skipped. No merged cells, no formulas.");
        notes.add("第1行为表头，请勿修改；每行一条记录；空行忽略；不得合并单元格，不得使用公式。");
        columns.forEach(c -> notes.add(c.header() + (c.readOnly() ? " (filled by the system, ignored on import)" : "") + ": " + c.hint()));
        return notes;
    }

    public List<String> headers() {
        List<String> headers = new ArrayList<>();
        columns.forEach(c -> headers.add(c.header()));
        return headers;
    }

    public int index(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
