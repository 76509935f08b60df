package cn.supervision.registry.inspectors;

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

/** The inspector directory: status periods, declared conflicts of interest, history, lists and import — no personal data out. */
@RegistryIntegrationTest
class InspectorDirectoryTest {

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static TopicReader.Record lastEvent(String id, String mustContain) {
        return TopicReader.readUntil("registry.inspectors", r -> id.equals(r.key()) && r.body().contains(mustContain), Duration.ofSeconds(30))
                .stream().filter(r -> id.equals(r.key()) && r.body().contains(mustContain)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void absencesAndConflictsGoOutForSamplingButReasonsAndPersonalDataStayHere() {
        Http.Response enrolled = Http.post(url("/inspectors"), """
                {"certificateNumber": "IN-ABS-1", "name": "赵敏", "department": "quality-safety", "qualifications": ["ENTERPRISE"],
                 "region": "410202", "idNumber": "41020219800101123X", "phone": "13800000001",
                 "absences": [{"from": "2026-07-01", "to": "2026-07-15", "status": "ON_LEAVE"}],
                 "conflictsOfInterest": [{"objectId": "91350100M000100Y43", "reason": "配偶在该企业任职"}]}""");
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        assertThat(enrolled.body()).doesNotContain("41020219800101123X").doesNotContain("13800000001");

        TopicReader.Record event = lastEvent("IN-ABS-1", "ON_LEAVE");
        assertThat(Contracts.violations("registry.InspectorChanged.v1", event.body())).isEmpty();
        JsonNode body = Http.parse(event.body());
        assertThat(body.get("absences").get(0).get("from").asString()).isEqualTo("2026-07-01");
        assertThat(body.get("conflictsOfInterest").get(0).asString()).isEqualTo("91350100M000100Y43");
        assertThat(event.body()).doesNotContain("配偶").doesNotContain("41020219800101123X").doesNotContain("13800000001");

        assertThat(Http.get(url("/inspectors/IN-ABS-1?on=2026-07-10")).json().get("status").asString()).isEqualTo("ON_LEAVE");
        assertThat(Http.get(url("/inspectors?department=quality-safety&status=ON_LEAVE&on=2026-07-10")).json().get("items").toString())
                .contains("IN-ABS-1");
        assertThat(Http.get(url("/inspectors?department=quality-safety&status=ON_LEAVE&on=2026-07-20")).json().get("items").toString())
                .doesNotContain("IN-ABS-1");

        Http.Response retired = Clerk.put(url("/inspectors/IN-ABS-1"), """
                {"absences": [{"from": "2026-07-01", "to": "2026-07-15", "status": "ON_LEAVE"}, {"from": "2027-01-01", "status": "RETIRED"}],
                 "phone": "13900000002", "reason": "办理退休"}""", "qs-admin");
        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        JsonNode history = Http.get(url("/inspectors/IN-ABS-1/history")).json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(1).get("who").asString()).isEqualTo("质量安全科管理员");
        assertThat(history.toString()).doesNotContain("13900000002").doesNotContain("13800000001").doesNotContain("41020219800101123X");
        assertThat(lastEvent("IN-ABS-1", "RETIRED").body()).doesNotContain("13900000002");
    }

    @Test
    void refusesDatesOutOfOrderOverlapsAndUnknownQualifications() {
        Http.Response refused = Http.post(url("/inspectors"), """
                {"certificateNumber": "IN-BAD-1", "name": "钱进", "department": "housing-market", "qualifications": ["ENTERPRISE", "NO-SUCH-ITEM"],
                 "absences": [{"from": "2026-07-15", "to": "2026-07-01", "status": "ON_LEAVE"},
                              {"from": "2026-07-10", "to": "2026-08-01", "status": "ON_LEAVE"}],
                 "conflictsOfInterest": [{"objectId": "91350100M000100Y43", "reason": " "}]}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("qualifications[1]", "absences[0].to",
                "conflictsOfInterest[0].reason");
        assertThat(Http.get(url("/inspectors/IN-BAD-1")).status()).isEqualTo(404);
    }

    @Test
    void importsInspectorsFromCsvAllOrNothingAndExportsWithoutPersonalData() {
        String header = "certificateNumber 执法证号,name 姓名,department 所属部门,qualifications 检查资格,region 行政区划代码,absences 不在岗期间,"
                + "conflictsOfInterest 回避对象,idNumber 身份证号,phone 联系电话\n";
        String good = "IN-IMP-1,孙丽,real-estate,ENTERPRISE,410202,,,41020219800101123X,13800000003\n"
                + "IN-IMP-2,周杰,real-estate,ENTERPRISE;CONSTRUCTION_PROJECT,410202,2026-03-01~2026-03-05 休假,91350100M000100Y43:曾在该企业任职,,\n";
        String bad = good + "IN-IMP-3,吴刚,nowhere,ENTERPRISE,410202,2026-03-09~2026-03-01 ON_LEAVE,,,\n";
        Http.Response refused = Clerk.upload(url("/inspectors/import?apply=true"), "inspectors.csv", (header + bad).getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("row 4, department", "row 4, absences");
        assertThat(Http.get(url("/inspectors/IN-IMP-1")).status()).isEqualTo(404);

        JsonNode applied = Clerk.upload(url("/inspectors/import?apply=true"), "inspectors.csv", (header + good).getBytes(StandardCharsets.UTF_8)).json();
        assertThat(applied.get("added").asInt()).isEqualTo(2);
        assertThat(Http.get(url("/inspectors/IN-IMP-2")).json().get("conflictsOfInterest").get(0).get("reason").asString()).isEqualTo("曾在该企业任职");
        JsonNode again = Clerk.upload(url("/inspectors/import?apply=true"), "inspectors.csv", (header + good).getBytes(StandardCharsets.UTF_8)).json();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);

        String exported = new String(Clerk.download(url("/inspectors/export?department=real-estate")), StandardCharsets.UTF_8);
        assertThat(exported).contains("IN-IMP-1").contains("IN-IMP-2").doesNotContain("41020219800101123X").doesNotContain("13800000003");
        JsonNode reimport = Clerk.upload(url("/inspectors/import"), "export.csv", exported.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(reimport.get("unchanged").asInt()).isEqualTo(2);
    }
}
