package cn.supervision.registry.spreadsheets;

import java.util.List;

/** A file read into rows: the header row, the data rows (empty rows dropped) and what was wrong with the file itself. */
public record Sheet(List<String> header, List<SheetRow> rows, int emptyRows, List<RowProblem> problems) {
}
