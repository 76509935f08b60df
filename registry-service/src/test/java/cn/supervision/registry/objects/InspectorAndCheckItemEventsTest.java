package cn.supervision.registry.objects;

import java.time.Duration;

import cn.supervision.registry.RegistryIntegrationTest;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@RegistryIntegrationTest
class InspectorAndCheckItemEventsTest {

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void enrolsAnInspectorAndPublishesNoPersonalData() {
        Http.Response enrolled = Http.post(url("/inspectors"), """
                {"certificateNumber": "EV-INS-1", "name": "张伟", "department": "housing-market", "qualifications": ["ENTERPRISE"],
                 "region": "410202", "idNumber": "41020219800101123X", "phone": "13800000000"}""");
        assertThat(enrolled.status()).isEqualTo(201);
        assertThat(enrolled.body()).doesNotContain("41020219800101123X").doesNotContain("13800000000");
        TopicReader.Record event = TopicReader.readUntil("registry.inspectors", r -> "EV-INS-1".equals(r.key()), Duration.ofSeconds(30))
                .stream().filter(r -> "EV-INS-1".equals(r.key())).findFirst().orElseThrow();
        assertThat(event.header("ce_type")).isEqualTo("registry.InspectorChanged.v1");
        assertThat(Contracts.violations("registry.InspectorChanged.v1", event.body())).isEmpty();
        assertThat(event.body()).doesNotContain("41020219800101123X").doesNotContain("13800000000");
        assertThat(Http.post(url("/inspectors"), """
                {"certificateNumber": "EV-INS-1", "name": "张伟", "department": "housing-market", "qualifications": []}""").status())
                .isEqualTo(409);
        assertThat(Http.post(url("/inspectors"), """
                {"certificateNumber": "EV-INS-2", "name": "李娜", "department": "nowhere", "qualifications": [], "idNumber": "123"}""")
                .json().get("errors").findValuesAsString("field")).contains("idNumber");
    }

    @Test
    void definesACheckItemOnThePublicListAndPublishesIt() {
        Http.Response defined = Http.post(url("/check-items"), """
                {"code": "EV-JZ-1", "name": "建筑业企业资质情况检查", "legalBasis": "《建筑业企业资质管理规定》第三十五条",
                 "department": "housing-market", "objectType": "ENTERPRISE", "content": "资质", "methods": ["ON_SITE"], "kind": "KEY"}""");
        assertThat(defined.status()).isEqualTo(201);
        assertThat(Http.get(url("/public/check-items")).body()).contains("EV-JZ-1");
        TopicReader.Record event = TopicReader.readUntil("registry.check-items", r -> "EV-JZ-1".equals(r.key()), Duration.ofSeconds(30))
                .stream().filter(r -> "EV-JZ-1".equals(r.key())).findFirst().orElseThrow();
        assertThat(Contracts.violations("registry.CheckItemChanged.v1", event.body())).isEmpty();

        Http.Response noBasis = Http.post(url("/check-items"), """
                {"code": "EV-JZ-2", "name": "无依据", "legalBasis": " ", "department": "housing-market", "objectType": "ENTERPRISE",
                 "methods": ["TELEPATHY"], "kind": "KEY"}""");
        assertThat(noBasis.status()).isEqualTo(400);
        assertThat(noBasis.json().get("errors").findValuesAsString("field")).contains("legalBasis");
    }
}
