package cn.supervision.registry.spreadsheets;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadsheetsTest {

    @Test
    void readsQuotedCsvWithCommasLineBreaksAndABom() {
        byte[] csv = "\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\r\n,\r\n".getBytes(StandardCharsets.UTF_8);
        var sheet = Spreadsheets.read("f.csv", csv, 1000, 10);
        assertThat(sheet.header()).containsExactly("a", "b");
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0).cells()).containsExactly("x, y", "say \"hi\"\nthere");
        assertThat(sheet.emptyRows()).isEqualTo(1);
    }

    @Test
    void readsGb18030CsvAsChineseExcelSavesIt() {
        byte[] csv = "名称,地址\n开封市龙亭区,中山路\n".getBytes(Charset.forName("GB18030"));
        assertThat(Spreadsheets.read("f.csv", csv, 1000, 10).rows().get(0).cells()).containsExactly("开封市龙亭区", "中山路");
    }

    @Test
    void normalisesCodesButOnlyTrimsText() {
        assertThat(Cells.code(" ４１０２ ０２\u3000")).isEqualTo("410202");
        assertThat(Cells.text("\u00A0 开封 市 ")).isEqualTo("开封 市");
        assertThat(Cells.codes("housing-market； quality-safety、 fire-safety")).containsExactly("housing-market", "quality-safety", "fire-safety");
    }

    @Test
    void readsWorkbookNumbersAndDatesAsAClerkSeesThem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("region");
            head.createCell(1).setCellValue("from");
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue(410202d);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            row.createCell(1).setCellValue(java.time.LocalDate.of(2026, 3, 1));
            row.getCell(1).setCellStyle(date);
            workbook.write(out);
        }
        var sheet = Spreadsheets.read("f.xlsx", out.toByteArray(), 1_000_000, 10);
        assertThat(sheet.rows().get(0).number()).isEqualTo(4);
        assertThat(sheet.rows().get(0).cells()).containsExactly("410202", "2026-03-01");
    }

    @Test
    void refusesOldWorkbooksAndFilesNamedXlsxThatAreNot() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertThatThrownBy(() -> Spreadsheets.read("old.xls", ole2, 1000, 10)).hasMessageContaining(".xls");
        assertThatThrownBy(() -> Spreadsheets.read("a.xlsx", "a,b".getBytes(StandardCharsets.UTF_8), 1000, 10)).isInstanceOf(ImportRefused.class);
        assertThatThrownBy(() -> Spreadsheets.read("a.csv", new byte[2000], 1000, 10)).isInstanceOfSatisfying(ImportRefused.class,
                e -> assertThat(e.status()).isEqualTo(413));
        assertThatThrownBy(() -> Spreadsheets.read("a.csv", "a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), 1000, 2))
                .hasMessageContaining("more than 2 rows");
    }

    @Test
    void aHeaderNamesColumnsByKeyLabelOrBothInAnyOrder() {
        Layout layout = new Layout("t", List.of(Column.of("uscc", "统一社会信用代码", ""), Column.of("name", "名称", ""),
                Column.readOnly("riskLevel", "信用风险等级", "")));
        List<RowProblem> problems = new java.util.ArrayList<>();
        int[] at = layout.positions(List.of("名称", " uscc 统一社会信用代码 "), problems);
        assertThat(problems).isEmpty();
        assertThat(at).containsExactly(1, 0, -1);
        layout.positions(List.of("name", "name", "extra"), problems);
        assertThat(problems).extracting(RowProblem::column).containsExactly("name", "extra", "uscc");
    }
}
