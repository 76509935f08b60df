package cn.supervision.registry.objects;

import java.time.Duration;
import java.util.List;

import cn.supervision.registry.RegistryIntegrationTest;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@RegistryIntegrationTest
class ObjectRegistrationTest {

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static String enterprise(String uscc) {
        return """
                {"uscc": "%s", "name": "开封市龙亭区测试建筑有限公司", "type": "ENTERPRISE", "industry": "建筑业",
                 "region": "410202", "address": "龙亭区测试路8号", "supervisingDepartments": ["housing-market"]}""".formatted(uscc);
    }

    @Test
    void registersAnEnterpriseAndPublishesItsWholeStateAsACloudEvent() {
        Http.Response created = Http.post(url("/objects"), enterprise("91350100M000100Y43"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(Http.get(url("/objects/91350100M000100Y43")).json().get("name").asString()).isEqualTo("开封市龙亭区测试建筑有限公司");

        List<TopicReader.Record> records = TopicReader.readUntil("registry.objects", r -> "91350100M000100Y43".equals(r.key()),
                Duration.ofSeconds(30));
        TopicReader.Record event = records.stream().filter(r -> "91350100M000100Y43".equals(r.key())).findFirst().orElseThrow();
        assertThat(event.header("ce_type")).isEqualTo("registry.ObjectRegistered.v1");
        assertThat(event.header("ce_specversion")).isEqualTo("1.0");
        assertThat(event.header("ce_source")).isEqualTo("/registry-service");
        assertThat(event.header("ce_subject")).isEqualTo("91350100M000100Y43");
        assertThat(event.header("ce_id")).isNotBlank();
        assertThat(event.header("ce_time")).isNotBlank();
        assertThat(Contracts.violations("registry.ObjectRegistered.v1", event.body())).isEmpty();
    }

    @Test
    void refusesAWrongCheckCharacterAsProblemJsonAndStoresNothing() {
        Http.Response refused = Http.post(url("/objects"), enterprise("91350100M000100Y44"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("uscc");
        assertThat(Http.get(url("/objects/91350100M000100Y44")).status()).isEqualTo(404);
    }

    @Test
    void refusesADuplicateUsccWithConflict() {
        assertThat(Http.post(url("/objects"), enterprise("91410202MA44L5LK1Y")).status()).isIn(201, 422);
        String valid = "914102007474496571";
        if (Http.post(url("/objects"), enterprise(valid)).status() == 201) {
            Http.Response again = Http.post(url("/objects"), enterprise(valid));
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("uscc");
        }
    }

    @Test
    void namesTheFieldOfAnUnknownEnumValueAMissingFieldAndMalformedJson() {
        Http.Response unknownType = Http.post(url("/objects"), enterprise("91350100M000100Y43").replace("\"ENTERPRISE\"", "\"FACTORY\""));
        assertThat(unknownType.status()).as(unknownType.body()).isEqualTo(400);
        assertThat(unknownType.json().has("errors")).as(unknownType.body()).isTrue();
        assertThat(unknownType.json().get("errors").get(0).get("field").asString()).isEqualTo("type");

        Http.Response missingName = Http.post(url("/objects"), """
                {"uscc": "91350100M000100Y43", "type": "ENTERPRISE", "region": "410202", "supervisingDepartments": ["housing-market"]}""");
        assertThat(missingName.status()).isEqualTo(400);
        assertThat(missingName.json().get("errors").get(0).get("field").asString()).isEqualTo("name");

        Http.Response malformed = Http.post(url("/objects"), "{\"uscc\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at cn.");
    }

    @Test
    void refusesAnUnknownDepartmentAndRegion() {
        Http.Response refused = Http.post(url("/objects"), enterprise("91350100M000100Y43").replace("housing-market", "nobody")
                .replace("410202", "41"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("region", "supervisingDepartments[0]");
    }

    @Test
    void isHealthyAndServesMetricsAndItsApiDocument() {
        Http.Response health = Http.get(url("/actuator/health"));
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("components").get("mongo").get("status").asString()).isEqualTo("UP");
        assertThat(Http.get(url("/actuator/prometheus")).body()).contains("supervision_outbox_backlog");
        assertThat(Http.get(url("/v3/api-docs")).json().get("paths").has("/objects")).isTrue();
    }
}
