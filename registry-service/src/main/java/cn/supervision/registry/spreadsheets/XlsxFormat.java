package cn.supervision.registry.spreadsheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Excel workbooks (.xlsx), read as a stream of XML (100,000 rows must not need a gigabyte of heap) and written with
 * POI's streaming writer. Merged cells and formulas are refused: a merged cell belongs to no one row, and a formula's
 * value depends on cells the import does not see.
 */
final class XlsxFormat {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XlsxFormat() {
    }

    /** Reads the first sheet; every row (with its Excel row number) goes to {@code rows}; cell problems to {@code problems}. */
    static void read(byte[] bytes, Consumer<SheetRow> rows, List<RowProblem> problems) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = reader.getSharedStringsTable();
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ImportRefused.file("the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                readSheet(sheet, strings, styles, rows, problems);
            }
        } catch (ImportRefused refused) {
            throw refused;
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            throw ImportRefused.file("not a readable Excel .xlsx workbook (save it from Excel as .xlsx, or send CSV)");
        }
    }

    private static void readSheet(InputStream in, SharedStrings strings, StylesTable styles, Consumer<SheetRow> rows, List<RowProblem> problems)
            throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        List<String> cells = null;
        int rowNumber = 0;
        int column = -1;
        String type = null;
        int style = -1;
        boolean formula = false;
        StringBuilder value = new StringBuilder();
        boolean inValue = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> {
                        String r = xml.getAttributeValue(null, "r");
                        rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                        cells = new ArrayList<>();
                        column = -1;
                    }
                    case "c" -> {
                        String ref = xml.getAttributeValue(null, "r");
                        column = ref != null ? columnIndex(ref) : column + 1;
                        type = xml.getAttributeValue(null, "t");
                        String s = xml.getAttributeValue(null, "s");
                        style = s == null ? -1 : Integer.parseInt(s);
                        formula = false;
                        value.setLength(0);
                    }
                    case "f" -> formula = true;
                    case "v", "t" -> inValue = true;
                    case "mergeCell" -> {
                        String ref = xml.getAttributeValue(null, "ref");
                        problems.add(new RowProblem(rowOf(ref), null, "merged cells " + ref + ": unmerge them and fill every cell"));
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (inValue) {
                    value.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v", "t" -> inValue = false;
                    case "c" -> {
                        if (cells != null) {
                            while (cells.size() < column) {
                                cells.add("");
                            }
                            String text = cellText(type, style, value.toString(), strings, styles);
                            if (formula) {
                                problems.add(new RowProblem(rowNumber, columnName(column), "a formula: paste values instead (Paste Special → Values)"));
                            } else if ("e".equals(type)) {
                                problems.add(new RowProblem(rowNumber, columnName(column), "the cell shows an error " + value));
                            }
                            cells.add(text);
                        }
                    }
                    case "row" -> {
                        rows.accept(new SheetRow(rowNumber, cells));
                        cells = null;
                    }
                    default -> { }
                }
            }
        }
    }

    private static String cellText(String type, int style, String raw, SharedStrings strings, StylesTable styles) {
        if (type == null || "n".equals(type)) {
            if (raw.isEmpty()) {
                return "";
            }
            if (style >= 0 && styles != null) {
                XSSFCellStyle cellStyle = styles.getStyleAt(style);
                if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())) {
                    return DateUtil.getLocalDateTime(Double.parseDouble(raw)).toLocalDate().toString();
                }
            }
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        }
        return switch (type) {
            case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
            default -> raw; // inlineStr, str (formula result), e
        };
    }

    static int columnIndex(String ref) {
        int index = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return index - 1;
    }

    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return "column " + name;
    }

    private static int rowOf(String ref) {
        String digits = ref == null ? "" : ref.replaceAll("^[A-Za-z]+(\\d+).*$", "$1");
        return digits.matches("\\d+") ? Integer.parseInt(digits) : 0;
    }

    /** Writes a header row and the rows; every column is formatted as text so Excel keeps codes such as 410202 and leading zeros. */
    static void write(String sheetName, List<String> header, Iterable<List<String>> rows, List<String> notes, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setDataFormat(text.getDataFormat());
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            for (int c = 0; c < header.size(); c++) {
                sheet.setDefaultColumnStyle(c, text);
                sheet.setColumnWidth(c, 24 * 256);
            }
            SXSSFRow head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                var cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<String> row : rows) {
                SXSSFRow line = sheet.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    var cell = line.createCell(c);
                    cell.setCellStyle(text);
                    if (row.get(c) != null) {
                        cell.setCellValue(row.get(c));
                    }
                }
            }
            if (!notes.isEmpty()) {
                SXSSFSheet help = workbook.createSheet("说明 notes");
                help.setColumnWidth(0, 110 * 256);
                for (int i = 0; i < notes.size(); i++) {
                    help.createRow(i).createCell(0).setCellValue(notes.get(i));
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }
}
