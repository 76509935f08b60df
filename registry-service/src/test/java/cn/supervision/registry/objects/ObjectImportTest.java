package cn.supervision.registry.objects;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import cn.supervision.registry.Clerk;
import cn.supervision.registry.RegistryIntegrationTest;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A clerk's bulk work: template, dry run with every bad row located, all-or-nothing apply, idempotent re-import, export. */
@RegistryIntegrationTest
class ObjectImportTest {

    static final String HEADER = "uscc 统一社会信用代码,code 自编代码,name 名称,type 对象类型,industry 行业,region 行政区划代码,address 地址,status 经营状态,"
            + "supervisingDepartments 监管部门,tags 标签,complaintCount 投诉举报次数\n";

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    ObjectImport importer;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;
    @org.springframework.beans.factory.annotation.Autowired
    cn.supervision.platform.outbox.EventFactory events;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static String row(String uscc, String name) {
        return uscc + ",," + name + ",ENTERPRISE,建筑业,410205,禹王台区测试路," + ",housing-market;quality-safety,,0\n";
    }

    @Test
    void aDryRunReportsEveryBadRowByNumberAndColumnAndChangesNothing() {
        String good = Clerk.uscc(300_001);
        String csv = HEADER
                + row(good, "开封市禹王台区甲公司")
                + row(Clerk.wrongCheck(Clerk.uscc(300_002)), "校验位错误公司")                                      // row 3
                + row(good, "重复的公司")                                                                               // row 4
                + ",,,,,,,,,,\n"                                                                                         // empty row 5
                + Clerk.uscc(300_003) + ",,未知部门公司,ENTERPRISE,建筑业,410205,,,nobody,,0\n"                      // row 6
                + Clerk.uscc(300_004) + ",,未知区划公司,ENTERPRISE,建筑业,123456,,,housing-market,,0\n"              // row 7
                + Clerk.uscc(300_005) + ",,未知类型公司,FACTORY,建筑业,410205,,,housing-market,,0\n"                 // row 8
                + Clerk.uscc(300_006) + ",,列入名单,ENTERPRISE,建筑业,410205,,,housing-market,SERIOUS_VIOLATION,0\n"; // row 9
        Http.Response refused = Clerk.upload(url("/objects/import"), "objects.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<String> fields = refused.json().get("errors").findValuesAsString("field");
        assertThat(fields).containsExactly("row 3, uscc", "row 4, uscc", "row 6, supervisingDepartments", "row 7, region", "row 8, type",
                "row 9, tags");
        assertThat(refused.json().get("detail").asString()).contains("nothing was changed");
        assertThat(Http.get(url("/objects/" + good)).status()).isEqualTo(404);

        Http.Response applyAnyway = Clerk.upload(url("/objects/import?apply=true"), "objects.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(applyAnyway.status()).isEqualTo(422);
        assertThat(Http.get(url("/objects/" + good)).status()).isEqualTo(404);
    }

    @Test
    void aCutOffUploadIsRefusedAsBadInputNotAServerError() {
        Http.Response broken = Clerk.uploadRaw(url("/objects/import?apply=true"), "multipart/form-data; boundary=cut",
                "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"objects.csv\"\r\n\r\nuscc,name\r\n9141".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.status()).as(broken.body()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
        assertThat(broken.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    @Test
    void normalisesFullWidthCharactersAndStraySpacesInCodesAndToleratesGbkCsv() {
        String uscc = Clerk.uscc(300_010);
        String fullWidth = uscc.chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0))).reduce("", String::concat);
        String csv = HEADER + " " + fullWidth + " ,,开封市禹王台区全角公司, ENTERPRISE ,建筑业,４１０２０５,,在营,housing-market； quality-safety,特殊行业,3\n";
        Http.Response dryRun = Clerk.upload(url("/objects/import"), "objects.csv", csv.getBytes(java.nio.charset.Charset.forName("GB18030")));
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        assertThat(dryRun.json().get("added").asInt()).isEqualTo(1);
        assertThat(dryRun.json().get("dryRun").asBoolean()).isTrue();
        assertThat(Http.get(url("/objects/" + uscc)).status()).isEqualTo(404);

        Http.Response applied = Clerk.upload(url("/objects/import?apply=true"), "objects.csv", csv.getBytes(java.nio.charset.Charset.forName("GB18030")));
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        JsonNode object = Http.get(url("/objects/" + uscc)).json();
        assertThat(object.get("region").asString()).isEqualTo("410205");
        assertThat(object.get("supervisingDepartments").toString()).contains("housing-market", "quality-safety");
        assertThat(object.get("tags").toString()).contains("SPECIAL_INDUSTRY", "MANY_COMPLAINTS");
    }

    @Test
    void appliesAllRowsPublishesTheirEventsAndASecondImportOfTheSameSheetChangesNothing() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 30; i++) {
            csv.append(row(Clerk.uscc(300_100 + i), "开封市禹王台区第" + i + "建筑有限公司"));
        }
        csv.append(",YWT-XM-001,禹王台区1号地块建设项目,CONSTRUCTION_PROJECT,建筑业,410205,,,quality-safety,KEY_REGION,\n");
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        JsonNode first = Clerk.upload(url("/objects/import?apply=true&reason=2026年名录更新"), "objects.csv", file).json();
        assertThat(first.get("added").asInt()).isEqualTo(31);
        assertThat(first.get("dryRun").asBoolean()).isFalse();

        String last = Clerk.uscc(300_129);
        List<TopicReader.Record> events = TopicReader.readUntil("registry.objects", r -> last.equals(r.key()), Duration.ofSeconds(30));
        TopicReader.Record registered = events.stream().filter(r -> last.equals(r.key())).findFirst().orElseThrow();
        assertThat(registered.header("ce_type")).isEqualTo("registry.ObjectRegistered.v1");
        assertThat(registered.header("ce_source")).isEqualTo("/registry-service");
        assertThat(Contracts.violations("registry.ObjectRegistered.v1", registered.body())).isEmpty();
        JsonNode history = Http.get(url("/objects/YWT-XM-001/history")).json();
        assertThat(history.get(0).get("why").asString()).isEqualTo("import objects.csv: 2026年名录更新");

        JsonNode again = Clerk.upload(url("/objects/import?apply=true"), "objects.csv", file).json();
        assertThat(again.get("unchanged").asInt()).isEqualTo(31);
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("changed").asInt()).isZero();
        assertThat(Http.get(url("/objects/" + last + "/history")).json().size()).isEqualTo(1);

        String changed = csv.toString().replace("开封市禹王台区第7建筑有限公司,ENTERPRISE,建筑业,410205,禹王台区测试路,",
                "开封市禹王台区第7建筑有限公司,ENTERPRISE,建筑业,410205,禹王台区测试路,DEREGISTERED");
        JsonNode third = Clerk.upload(url("/objects/import?apply=true"), "objects.csv", changed.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(third.get("changed").asInt()).isEqualTo(1);
        String seventh = Clerk.uscc(300_107);
        TopicReader.readUntil("registry.objects", r -> seventh.equals(r.key()) && "registry.ObjectDeregistered.v1".equals(r.header("ce_type")),
                Duration.ofSeconds(30));
        JsonNode seventhHistory = Http.get(url("/objects/" + seventh + "/history")).json();
        assertThat(seventhHistory.size()).isEqualTo(2);
        assertThat(seventhHistory.get(1).get("changes").toString()).contains("DEREGISTERED").contains("OPERATING");
        assertThat(Http.get(url("/objects/" + seventh)).json().get("status").asString()).isEqualTo("DEREGISTERED");
        long registeredEvents = TopicReader.readUntil("registry.objects", r -> last.equals(r.key()), Duration.ofSeconds(30)).stream()
                .filter(r -> last.equals(r.key())).count();
        assertThat(registeredEvents).as("the unchanged re-import published nothing for this object").isEqualTo(1);
    }

    @Test
    void aChunkACrashLeftUnwrittenIsFinishedAtStartUpAndOnlyThenPublished() {
        String key = Clerk.uscc(300_400);
        var object = cn.supervision.registry.objects.domain.InspectionObject.register(key, null,
                cn.supervision.registry.objects.domain.ObjectType.ENTERPRISE, new cn.supervision.registry.objects.domain.InspectionObject.Details(
                        "开封市禹王台区断电恢复公司", null, "410205", null, null, List.of("housing-market"), java.util.Set.of(), null),
                new cn.supervision.registry.objects.domain.DirectoryRules(java.util.Set.of("housing-market"), r -> true, 3));
        ImportBatchDocument batch = new ImportBatchDocument();
        batch.id = "crashed-0";
        batch.importId = "crashed";
        batch.at = java.time.Instant.now();
        batch.who = "王芳";
        batch.why = "import crashed.csv";
        batch.rows.add(new ImportBatchDocument.Row(key, 0));
        batch.recordEvent(events.create(ObjectDirectory.TOPIC, ObjectDirectory.REGISTERED, key, ObjectState.of(object)));
        mongo.insert(batch);
        assertThat(Http.get(url("/objects/" + key)).status()).isEqualTo(404);

        importer.finishInterruptedImports();
        assertThat(Http.get(url("/objects/" + key)).json().get("name").asString()).isEqualTo("开封市禹王台区断电恢复公司");
        assertThat(Http.get(url("/objects/" + key + "/history")).json().get(0).get("why").asString()).isEqualTo("import crashed.csv");
        TopicReader.readUntil("registry.objects", r -> key.equals(r.key()), Duration.ofSeconds(30));
    }

    @Test
    void templatesAndExportsAreWorkbooksAndCsvThatCanBeReimported() throws Exception {
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(Clerk.download(url("/objects/import-template?format=xlsx"))))) {
            assertThat(template.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("uscc 统一社会信用代码");
            assertThat(template.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).contains("header");
        }
        assertThat(new String(Clerk.download(url("/objects/import-template?format=csv")), StandardCharsets.UTF_8)).startsWith("\uFEFFuscc 统一社会信用代码,");

        String uscc = Clerk.uscc(300_200);
        Clerk.upload(url("/objects/import?apply=true"), "one.csv", (HEADER + uscc + ",,开封市禹王台区导出测试公司,ENTERPRISE,物业,410205,,,real-estate,,0\n")
                .getBytes(StandardCharsets.UTF_8));
        byte[] exported = Clerk.download(url("/objects/export?format=xlsx&department=real-estate&region=410205"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(uscc);
        }
        JsonNode reimport = Clerk.upload(url("/objects/import"), "export.xlsx", exported).json();
        assertThat(reimport.get("unchanged").asInt()).isEqualTo(1);
        String csv = new String(Clerk.download(url("/objects/export?format=csv&department=real-estate&region=410205")), StandardCharsets.UTF_8);
        assertThat(csv).contains(uscc).contains("开封市禹王台区导出测试公司");
    }

    @Test
    void refusesMergedCellsFormulasAFakeWorkbookAndAFileOverTheLimit() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("objects");
            String[] header = HEADER.strip().split(",");
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            String[] values = row(Clerk.uscc(300_300), "合并单元格公司").strip().split(",", -1);
            for (int r = 1; r <= 2; r++) {
                Row line = sheet.createRow(r);
                for (int c = 0; c < values.length; c++) {
                    line.createCell(c).setCellValue(r == 2 && c == 0 ? Clerk.uscc(300_301) : values[c]);
                }
            }
            sheet.getRow(2).getCell(10).setCellFormula("1+1");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 4, 5));
            workbook.write(out);
        }
        Http.Response refused = Clerk.upload(url("/objects/import"), "objects.xlsx", out.toByteArray());
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("row 2", "row 3, column K");

        Http.Response fake = Clerk.upload(url("/objects/import"), "objects.xlsx", "这不是Excel文件".getBytes(StandardCharsets.UTF_8));
        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.json().get("errors").get(0).get("field").asString()).isEqualTo("file");

        Http.Response missingColumn = Clerk.upload(url("/objects/import"), "objects.csv",
                HEADER.replace(",complaintCount 投诉举报次数", ",remarks 备注").getBytes(StandardCharsets.UTF_8));
        assertThat(missingColumn.status()).isEqualTo(422);
        assertThat(missingColumn.json().get("errors").findValuesAsString("field")).contains("row 1, remarks 备注", "row 1, complaintCount");

        byte[] huge = new byte[41 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        Http.Response tooLarge = Clerk.upload(url("/objects/import"), "huge.csv", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }
}
