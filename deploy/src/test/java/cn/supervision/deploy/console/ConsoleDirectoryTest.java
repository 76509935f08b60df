package cn.supervision.deploy.console;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import cn.supervision.deploy.ConsolePlatform;
import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static cn.supervision.deploy.console.DirectoryData.registry;
import static org.assertj.core.api.Assertions.assertThat;

/** 名录库 pages against the running platform: filters narrow the lists, a record's history, the Excel/CSV import with its dry run. */
class ConsoleDirectoryTest {

    /** Set-up shared by the class: objects of an industry no other test uses, two inspectors and two check items of this test. */
    static final String INDUSTRY = "页面测试业" + UUID.randomUUID().toString().substring(0, 6);
    static String enterpriseA;
    static String enterpriseB;
    static String project;

    static final String HEADER = "uscc 统一社会信用代码,code 自编代码,name 名称,type 对象类型,industry 行业,region 行政区划代码,address 地址,status 经营状态,"
            + "supervisingDepartments 监管部门,tags 标签,complaintCount 投诉举报次数\n";

    @BeforeAll
    static void directory() {
        enterpriseA = DirectoryData.registerEnterprise(DirectoryData.uscc(), "开封市筛选测试甲建筑有限公司", INDUSTRY, "410202", "SPECIAL_INDUSTRY");
        enterpriseB = DirectoryData.registerEnterprise(DirectoryData.uscc(), "开封市筛选测试乙物业有限公司", INDUSTRY, "410203");
        project = DirectoryData.registerProject("CD-XM-" + UUID.randomUUID().toString().substring(0, 6), "筛选测试丙地块建设项目", INDUSTRY, "410202");
        for (String[] i : new String[][] {{"CD-HOUS-901", "测试甲", "housing-market", "410202"}, {"CD-REAL-901", "测试乙", "real-estate", "410203"}}) {
            Http.Response r = Http.as("admin").post(registry("/inspectors"), """
                    {"certificateNumber": "%s", "name": "%s", "department": "%s", "qualifications": ["ENTERPRISE"], "region": "%s",
                     "reason": "页面测试"}""".formatted(i[0], i[1], i[2], i[3]));
            assertThat(r.status()).as(r.body()).isIn(201, 409);
        }
        for (String[] c : new String[][] {{"CD-JZ-901", "页面测试资质检查", "housing-market", "ENTERPRISE", "KEY"},
                {"CD-FC-901", "页面测试项目检查", "real-estate", "CONSTRUCTION_PROJECT", "GENERAL"}}) {
            Http.Response r = Http.as("admin").post(registry("/check-items"), """
                    {"code": "%s", "name": "%s", "legalBasis": "《测试条例》第一条", "department": "%s", "objectType": "%s", "content": "测试",
                     "methods": ["ON_SITE"], "kind": "%s", "reason": "页面测试"}""".formatted(c[0], c[1], c[2], c[3], c[4]));
            assertThat(r.status()).as(r.body()).isIn(201, 409);
        }
    }

    static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static ConsoleSession clerk() {
        return ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-staff");
    }

    @Test
    void objectFiltersNarrowTheList() {
        ConsoleSession clerk = clerk();
        String all = clerk.get("/directory/objects?industry=" + enc(INDUSTRY)).assertOk().html();
        assertThat(all).contains("检查对象名录", enterpriseA, enterpriseB, project, "共 3 条");

        String projects = clerk.get("/directory/objects?industry=" + enc(INDUSTRY) + "&type=CONSTRUCTION_PROJECT").assertOk().html();
        assertThat(projects).contains(project, "共 1 条").doesNotContain(enterpriseA, enterpriseB);
        assertThat(projects).containsPattern("<option value=\"CONSTRUCTION_PROJECT\" selected");

        assertThat(clerk.get("/directory/objects?industry=" + enc(INDUSTRY) + "&region=410203").assertOk().html())
                .contains(enterpriseB).doesNotContain(enterpriseA, project);
        assertThat(clerk.get("/directory/objects?industry=" + enc(INDUSTRY) + "&tag=SPECIAL_INDUSTRY").assertOk().html())
                .contains(enterpriseA, "特殊行业").doesNotContain(enterpriseB, project);
        assertThat(clerk.get("/directory/objects?q=" + enc("筛选测试乙")).assertOk().html()).contains(enterpriseB).doesNotContain(enterpriseA);
        assertThat(clerk.get("/directory/objects?industry=" + enc(INDUSTRY) + "&department=quality-safety").assertOk().html())
                .contains(project).doesNotContain(enterpriseA, enterpriseB);
        assertThat(clerk.get("/directory/objects?industry=" + enc(INDUSTRY) + "&status=DEREGISTERED").assertOk().html())
                .contains("没有符合条件的检查对象");

        // paging keeps the filters: two per page, the second page has the third object and a link back
        String first = clerk.get("/directory/objects?industry=" + enc(INDUSTRY) + "&size=2").assertOk().html();
        assertThat(first).contains("第 1–2 条，共 3 条", "id=\"next-page\"");
        String second = clerk.get("/directory/objects?industry=" + enc(INDUSTRY) + "&size=2&page=1").assertOk().html();
        assertThat(second).contains("第 3–3 条，共 3 条", "id=\"previous-page\"");

        // the same search as a spreadsheet, fetched as the person
        ConsoleSession.Page export = clerk.get("/directory/objects/export?industry=" + enc(INDUSTRY));
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).contains("spreadsheetml");

        // a size the registry refuses is shown on the form, not as an error page
        ConsoleSession.Page tooMany = clerk.get("/directory/objects?size=900");
        assertThat(tooMany.status()).isEqualTo(200);
        assertThat(tooMany.html()).contains("该项有误", "id=\"error-size\"");
    }

    @Test
    void inspectorAndCheckItemFiltersNarrowTheirLists() {
        ConsoleSession clerk = clerk();
        assertThat(clerk.get("/directory/inspectors").assertOk().html()).contains("CD-HOUS-901", "CD-REAL-901");
        String realEstate = clerk.get("/directory/inspectors?department=real-estate").assertOk().html();
        assertThat(realEstate).contains("CD-REAL-901", "房地产科").doesNotContain("CD-HOUS-901");
        assertThat(clerk.get("/directory/inspectors?region=410202&department=housing-market").assertOk().html())
                .contains("CD-HOUS-901").doesNotContain("CD-REAL-901");
        assertThat(clerk.get("/directory/inspectors/CD-HOUS-901").assertOk().html()).contains("测试甲", "在岗", "版本历史", "页面测试");

        assertThat(clerk.get("/directory/check-items").assertOk().html()).contains("CD-JZ-901", "CD-FC-901");
        assertThat(clerk.get("/directory/check-items?objectType=CONSTRUCTION_PROJECT").assertOk().html())
                .contains("CD-FC-901").doesNotContain("CD-JZ-901");
        assertThat(clerk.get("/directory/check-items?kind=KEY&department=housing-market").assertOk().html())
                .contains("CD-JZ-901").doesNotContain("CD-FC-901");
        assertThat(clerk.get("/directory/check-items/CD-JZ-901").assertOk().html()).contains("《测试条例》第一条", "重点", "实地检查", "版本历史");
    }

    @Test
    void anObjectsPageShowsItsHistoryWithEachChangeAndLinksToItsCreditFile() {
        String key = DirectoryData.registerEnterprise(DirectoryData.uscc(), "开封市历史测试有限公司", INDUSTRY + "-历史", "410202");
        Http.Response changed = Http.as("hm-staff").put(registry("/objects/" + key), """
                {"address": "开封市龙亭区新地址88号", "reason": "企业搬迁，地址变更"}""");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        String page = clerk().get("/directory/objects/" + key).assertOk().html();
        assertThat(page).contains("开封市历史测试有限公司", "版本历史", "id=\"version-1\"", "id=\"version-2\"", "企业搬迁，地址变更", "页面测试登记",
                "住房市场科工作人员");
        assertThat(page).containsPattern("(?s)id=\"version-2\".*地址.*开封市测试路1号.*→.*开封市龙亭区新地址88号");
        assertThat(page).contains("href=\"/credit/files/" + key + "\"");
        assertThat(clerk().get("/directory/objects/NO-SUCH-OBJECT").status()).isEqualTo(404);
    }

    @Test
    void aBadRowIsReportedWithItsRowAndColumnAndNothingIsApplied() {
        ConsoleSession clerk = clerk();
        assertThat(clerk.get("/directory/import/objects").assertOk().html()).contains("批量导入", "id=\"import-upload\"");
        String good = DirectoryData.uscc();
        String bad = DirectoryData.wrongCheck(DirectoryData.uscc());
        String csv = HEADER
                + good + ",,导入测试正确行有限公司,ENTERPRISE,建筑业,410202,,,housing-market,,0\n"
                + bad + ",,导入测试校验位错误公司,ENTERPRISE,建筑业,410202,,,housing-market,,0\n"      // row 3
                + DirectoryData.uscc() + ",,导入测试区划错误公司,企业,建筑业,999999,,,housing-market,,0\n"; // row 4
        ConsoleSession.Page report = clerk.postFile("/directory/import/objects", Map.of(), "file", "对象导入.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(report.status()).as(report.html()).isEqualTo(200);
        assertThat(report.html()).contains("检查未通过：共 2 处错误", "没有任何数据被导入", "data-row=\"3\" data-column=\"uscc\"",
                "data-row=\"4\" data-column=\"region\"", "第 3 行", "第 4 行").doesNotContain("id=\"apply-import\"");
        assertThat(Http.get(registry("/objects/" + good)).status()).isEqualTo(404);

        // no file at all: said beside the file field
        ConsoleSession.Page empty = clerk.postFile("/directory/import/objects", Map.of(), "file", "", new byte[0]);
        assertThat(empty.html()).contains("id=\"error-file\"", "请选择要导入的文件");
        // a file that is no workbook though named .xlsx: the registry's message beside the file field
        ConsoleSession.Page notExcel = clerk.postFile("/directory/import/objects", Map.of(), "file", "objects.xlsx", "not a workbook".getBytes());
        assertThat(notExcel.html()).contains("id=\"error-file\"", "该项有误");
    }

    @Test
    void aCleanFilesDryRunShowsCountsAndApplyMakesTheObjectsAppear() {
        ConsoleSession clerk = clerk();
        ConsoleSession.Page template = clerk.get("/directory/import/objects/template?format=xlsx");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).contains("spreadsheetml");

        String industry = "导入测试业" + UUID.randomUUID().toString().substring(0, 6);
        String one = DirectoryData.uscc();
        String two = DirectoryData.uscc();
        String csv = HEADER
                + one + ",,导入测试甲有限公司,企业,"+ industry + ",410202,开封市龙亭区导入路1号,在营,housing-market,,0\n"
                + ",,,,,,,,,,\n"
                + two + ",,导入测试乙有限公司,ENTERPRISE," + industry + ",410202,开封市龙亭区导入路2号,,housing-market;quality-safety,,1\n";
        ConsoleSession.Page dryRun = clerk.postFile("/directory/import/objects", Map.of(), "file", "objects.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(dryRun.status()).as(dryRun.html()).isEqualTo(200);
        assertThat(dryRun.html()).contains("检查通过", "id=\"apply-import\"");
        assertThat(dryRun.html()).containsPattern("id=\"count-added\">2<").containsPattern("id=\"count-empty\">1<")
                .containsPattern("id=\"count-changed\">0<");
        // the dry run changed nothing
        assertThat(Http.get(registry("/objects/" + one)).status()).isEqualTo(404);

        ConsoleSession.Page done = clerk.post("/directory/import/objects/apply", Map.of("importId", dryRun.field("importId"), "reason", "页面测试批量导入"));
        assertThat(done.status()).as(done.html()).isEqualTo(200);
        assertThat(done.uri()).endsWith("/directory/import/objects/done");
        assertThat(done.html()).contains("导入完成").containsPattern("id=\"count-added\">2<");

        assertThat(clerk.get("/directory/objects?industry=" + enc(industry)).assertOk().html()).contains(one, two, "导入测试甲有限公司", "共 2 条");
        assertThat(clerk.get("/directory/objects/" + one).assertOk().html()).contains("页面测试批量导入");

        // the same apply again: the file is no longer pending, nothing is sent twice
        ConsoleSession.Page again = clerk.post("/directory/import/objects/apply", Map.of("importId", dryRun.field("importId"), "reason", "再次"));
        assertThat(again.html()).contains("id=\"error-file\"", "请重新上传");
    }

    @Test
    void aCheckItemImportIsCheckedRowByRowToo() {
        ConsoleSession admin = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-admin");
        assertThat(admin.get("/directory/import/check-items").assertOk().html()).contains("抽查事项清单 · 批量导入");
        String header = "code,name,legalBasis,department,objectType,content,methods,kind,effectiveFrom,effectiveTo,initiatingDepartment,"
                + "participatingDepartments\n";
        String bad = header + "CD-JZ-911,导入测试事项,《测试条例》第二条,housing-market,ENTERPRISE,内容,ON_SITE,GENERAL,,,,\n"
                + "CD-JZ-912,导入测试事项二,《测试条例》第三条,nobody,ENTERPRISE,内容,ON_SITE,GENERAL,,,,\n";
        ConsoleSession.Page report = admin.postFile("/directory/import/check-items", Map.of(), "file", "items.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(report.html()).contains("检查未通过", "data-row=\"3\" data-column=\"department\"");
        String clean = header + "CD-JZ-911,导入测试事项,《测试条例》第二条,housing-market,ENTERPRISE,内容,ON_SITE,GENERAL,,,,\n";
        ConsoleSession.Page dryRun = admin.postFile("/directory/import/check-items", Map.of(), "file", "items.csv", clean.getBytes(StandardCharsets.UTF_8));
        assertThat(dryRun.html()).contains("检查通过").containsPattern("id=\"count-added\">1<");
        assertThat(Http.get(registry("/public/check-items/CD-JZ-911")).status()).isEqualTo(404);
    }

    @Test
    void anInspectorMayBrowseButTheRegistryRefusesTheirImport() {
        ConsoleSession inspector = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-inspector-1");
        assertThat(inspector.get("/directory/objects?industry=" + enc(INDUSTRY)).assertOk().html()).contains(enterpriseA).doesNotContain("id=\"import-objects\"");
        String csv = HEADER + DirectoryData.uscc() + ",,越权导入公司,企业,建筑业,410202,,,housing-market,,0\n";
        ConsoleSession.Page refused = inspector.postFile("/directory/import/objects", Map.of(), "file", "objects.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.html()).contains("无权导入").doesNotContain("id=\"apply-import\"");
    }
}
