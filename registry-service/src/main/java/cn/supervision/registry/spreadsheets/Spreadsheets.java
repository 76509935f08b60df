package cn.supervision.registry.spreadsheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** Reads an uploaded CSV or .xlsx file into a {@link Sheet}, and writes templates and exports in either format. */
public final class Spreadsheets {

    public static final String CSV = "text/csv;charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheets() {
    }

    /**
     * The format is told by the content, not trusted from the name: a zip is a workbook, an old binary workbook is
     * refused with advice, anything else named .xlsx is refused, the rest is read as CSV.
     */
    public static Sheet read(String filename, byte[] bytes, long maxBytes, int maxRows) {
        if (bytes.length > maxBytes) {
            throw ImportRefused.tooLarge(bytes.length, maxBytes);
        }
        if (bytes.length == 0) {
            throw ImportRefused.file("the file is empty");
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        List<SheetRow> all = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            XlsxFormat.read(bytes, row -> {
                if (all.size() <= maxRows + 1) {
                    all.add(row);
                }
            }, problems);
        } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw ImportRefused.file("an old Excel 97-2003 (.xls) workbook: save it as .xlsx (Excel Workbook) or CSV");
        } else if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw ImportRefused.file("named " + filename + " but not an Excel workbook");
        } else {
            List<List<String>> records = CsvFormat.parse(CsvFormat.decode(bytes));
            for (int i = 0; i < records.size() && i <= maxRows + 1; i++) {
                all.add(new SheetRow(i + 1, records.get(i)));
            }
        }
        if (all.isEmpty() || all.get(0).isEmpty()) {
            throw ImportRefused.file("row 1 must be the template's header row");
        }
        List<SheetRow> rows = new ArrayList<>(all.size());
        int empty = 0;
        for (SheetRow row : all.subList(1, all.size())) {
            if (row.isEmpty()) {
                empty++;
            } else {
                rows.add(row);
            }
        }
        if (rows.size() > maxRows) {
            throw ImportRefused.file("more than " + maxRows + " rows: split the file");
        }
        return new Sheet(all.get(0).cells(), rows, empty, problems);
    }

    /** {@code csv} or {@code xlsx}; anything else is a 400 naming {@code format}. */
    public static boolean isXlsx(String format) {
        if ("xlsx".equalsIgnoreCase(format)) {
            return true;
        }
        if (format == null || "csv".equalsIgnoreCase(format)) {
            return false;
        }
        throw cn.supervision.platform.problem.ProblemException.invalid("format", "must be csv or xlsx");
    }

    /** A whole file: header, rows, and (xlsx only) a second sheet of notes for the clerk. */
    public static byte[] write(boolean xlsx, String sheetName, List<String> header, Iterable<List<String>> rows, List<String> notes) {
        try {
            if (xlsx) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                XlsxFormat.write(sheetName, header, rows, notes, out);
                return out.toByteArray();
            }
            StringBuilder csv = new StringBuilder("\uFEFF"); // the byte-order mark makes Excel open UTF-8 CSV correctly
            CsvFormat.appendRecord(csv, header);
            Iterator<List<String>> it = rows.iterator();
            while (it.hasNext()) {
                CsvFormat.appendRecord(csv, it.next());
            }
            return csv.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file download: the right content type and a file name the browser saves it under. */
    public static org.springframework.http.ResponseEntity<byte[]> download(boolean xlsx, String name, byte[] bytes) {
        String filename = name + (xlsx ? ".xlsx" : ".csv");
        return org.springframework.http.ResponseEntity.ok().header(org.springframework.http.HttpHeaders.CONTENT_TYPE, xlsx ? XLSX : CSV)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment().filename(filename).build().toString())
                .body(bytes);
    }

    /** The problems of a file's header row, located; the import stops at them. */
    public static int[] columns(Layout layout, Sheet sheet, List<RowProblem> problems) {
        problems.addAll(sheet.problems());
        int[] at = layout.positions(sheet.header(), problems);
        if (problems.stream().anyMatch(p -> p.row() == 1)) {
            throw ImportRefused.rows(problems, sheet.rows().size());
        }
        return at;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
