package cn.supervision.registry.checkitems;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import cn.supervision.registry.Clerk;
import cn.supervision.registry.RegistryIntegrationTest;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The check-item list: joint items, effective dates, retirement (final, published), history, import and export. */
@RegistryIntegrationTest
class CheckItemListTest {

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static TopicReader.Record lastEvent(String code, String mustContain) {
        return TopicReader.readUntil("registry.check-items", r -> code.equals(r.key()) && r.body().contains(mustContain), Duration.ofSeconds(30))
                .stream().filter(r -> code.equals(r.key()) && r.body().contains(mustContain)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aJointItemIsPublishedThenRetiredForGood() {
        Http.Response defined = Http.post(url("/check-items"), """
                {"code": "CI-WAGE-1", "name": "农民工工资支付情况检查", "legalBasis": "《保障农民工工资支付条例》第五十四条",
                 "department": "human-resources", "objectType": "CONSTRUCTION_PROJECT", "content": "工资专用账户、实名制管理",
                 "methods": ["ON_SITE", "DOCUMENTS"], "kind": "KEY", "effectiveFrom": "2026-01-01",
                 "participatingDepartments": ["housing-market"]}""");
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        JsonNode published = Http.parse(lastEvent("CI-WAGE-1", "ACTIVE").body());
        assertThat(Contracts.violations("registry.CheckItemChanged.v1", published.toString())).isEmpty();
        assertThat(published.get("initiatingDepartment").asString()).isEqualTo("human-resources");
        assertThat(published.get("participatingDepartments").get(0).asString()).isEqualTo("housing-market");
        assertThat(published.get("effectiveFrom").asString()).isEqualTo("2026-01-01");
        assertThat(Http.get(url("/public/check-items?department=housing-market")).body()).contains("CI-WAGE-1");

        Http.Response retired = Http.post(url("/check-items/CI-WAGE-1/retire"), """
                {"reason": "并入CI-WAGE-2", "effectiveTo": "2026-06-30"}""");
        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        TopicReader.Record retiredEvent = lastEvent("CI-WAGE-1", "RETIRED");
        assertThat(Contracts.violations("registry.CheckItemChanged.v1", retiredEvent.body())).isEmpty();
        assertThat(Http.parse(retiredEvent.body()).get("effectiveTo").asString()).isEqualTo("2026-06-30");

        assertThat(Http.put(url("/check-items/CI-WAGE-1"), "{\"name\": \"复活\", \"reason\": \"试试\"}").status()).isEqualTo(409);
        assertThat(Http.post(url("/check-items/CI-WAGE-1/retire"), "{\"reason\": \"again\"}").status()).isEqualTo(409);
        assertThat(Http.get(url("/public/check-items?status=RETIRED")).body()).contains("CI-WAGE-1");
        assertThat(Http.get(url("/public/check-items?status=ACTIVE")).body()).doesNotContain("CI-WAGE-1");
        assertThat(Http.get(url("/public/check-items/CI-WAGE-1?")).json().get("status").asString()).isEqualTo("RETIRED");
        JsonNode history = Http.get(url("/check-items/CI-WAGE-1/history")).json();
        assertThat(history.get(1).get("why").asString()).isEqualTo("并入CI-WAGE-2");
    }

    @Test
    void refusesDatesOutOfOrderAndUnknownDepartments() {
        Http.Response refused = Http.post(url("/check-items"), """
                {"code": "CI-BAD-1", "name": "日期颠倒", "legalBasis": "某条例", "department": "housing-market", "objectType": "ENTERPRISE",
                 "methods": ["ON_SITE"], "kind": "GENERAL", "effectiveFrom": "2026-12-31", "effectiveTo": "2026-01-01",
                 "participatingDepartments": ["nobody"]}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("effectiveTo", "participatingDepartments[0]");
        assertThat(Http.get(url("/public/check-items/CI-BAD-1")).status()).isEqualTo(404);
    }

    @Test
    void importsTheListFromCsvAndExportsItForReimport() {
        String header = "code 事项编码,name 事项名称,legalBasis 抽查依据,department 抽查主体,objectType 抽查对象类型,content 抽查内容,methods 抽查方式,"
                + "kind 事项类别,effectiveFrom 生效日期,effectiveTo 失效日期,initiatingDepartment 发起部门,participatingDepartments 配合部门\n";
        String rows = "CI-IMP-1,物业服务企业检查,《物业管理条例》第三十二条,real-estate,ENTERPRISE,服务合同,实地检查;书面检查,一般,2026/1/1,,,\n"
                + "CI-IMP-2,燃气经营企业检查,,real-estate,ENTERPRISE,,ON_SITE,KEY,,,,\n";
        Http.Response refused = Clerk.upload(url("/check-items/import?apply=true"), "items.csv", (header + rows).getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("row 3, legalBasis");
        assertThat(Http.get(url("/public/check-items/CI-IMP-1")).status()).isEqualTo(404);

        String fixed = rows.replace("燃气经营企业检查,,", "燃气经营企业检查,《城镇燃气管理条例》第十五条,");
        JsonNode applied = Clerk.upload(url("/check-items/import?apply=true"), "items.csv", (header + fixed).getBytes(StandardCharsets.UTF_8)).json();
        assertThat(applied.get("added").asInt()).isEqualTo(2);
        JsonNode item = Http.get(url("/public/check-items/CI-IMP-1")).json();
        assertThat(item.get("methods").toString()).contains("ON_SITE", "DOCUMENTS");
        assertThat(item.get("effectiveFrom").asString()).isEqualTo("2026-01-01");

        byte[] exported = Clerk.download(url("/check-items/export?format=xlsx&department=real-estate"));
        JsonNode reimport = Clerk.upload(url("/check-items/import"), "export.xlsx", exported).json();
        assertThat(reimport.get("unchanged").asInt()).isEqualTo(2);
    }
}
