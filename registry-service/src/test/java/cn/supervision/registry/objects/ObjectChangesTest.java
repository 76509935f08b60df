package cn.supervision.registry.objects;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.supervision.registry.Clerk;
import cn.supervision.registry.RegistryIntegrationTest;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Dynamic management of the object directory: changes, deregistration, history, "as of", lists. */
@RegistryIntegrationTest
class ObjectChangesTest {

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static String enterprise(String uscc, String name, String region) {
        return """
                {"uscc": "%s", "name": "%s", "type": "ENTERPRISE", "industry": "建筑业", "region": "%s", "address": "龙亭区测试路8号",
                 "supervisingDepartments": ["housing-market"]}""".formatted(uscc, name, region);
    }

    static TopicReader.Record event(String key, String type) {
        return TopicReader.readUntil("registry.objects", r -> key.equals(r.key()) && type.equals(r.header("ce_type")), Duration.ofSeconds(30))
                .stream().filter(r -> key.equals(r.key()) && type.equals(r.header("ce_type"))).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aChangeIsVersionedWithWhoWhenWhyAndPublishedAsTheWholeState() throws Exception {
        String uscc = Clerk.uscc(100_001);
        assertThat(Http.as("hm-staff").post(url("/objects"), enterprise(uscc, "开封市龙亭区甲建筑有限公司", "410202")).status()).isEqualTo(201);
        Instant between = Instant.now();
        Thread.sleep(20);
        Http.Response changed = Clerk.put(url("/objects/" + uscc), """
                {"name": "开封市龙亭区甲建筑集团有限公司", "tags": ["SPECIAL_INDUSTRY"], "complaintCount": 4, "reason": "名称变更（营业执照换发）"}""",
                "hm-admin");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("tags").toString()).contains("SPECIAL_INDUSTRY", "MANY_COMPLAINTS");

        TopicReader.Record event = event(uscc, "registry.ObjectChanged.v1");
        assertThat(Contracts.violations("registry.ObjectChanged.v1", event.body())).isEmpty();
        JsonNode body = Http.parse(event.body());
        assertThat(body.get("name").asString()).isEqualTo("开封市龙亭区甲建筑集团有限公司");
        assertThat(body.get("complaintCount").asInt()).isEqualTo(4);
        assertThat(body.get("tags").toString()).contains("MANY_COMPLAINTS", "SPECIAL_INDUSTRY");
        assertThat(body.get("supervisingDepartments").get(0).asString()).isEqualTo("housing-market");

        JsonNode history = Http.get(url("/objects/" + uscc + "/history")).json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("who").asString()).isEqualTo("住房市场科工作人员");
        assertThat(history.get(1).get("who").asString()).isEqualTo("住房市场科管理员");
        assertThat(history.get(1).get("why").asString()).isEqualTo("名称变更（营业执照换发）");
        JsonNode nameChange = history.get(1).get("changes").findParents("field").stream().filter(c -> c.get("field").asString().equals("name"))
                .findFirst().orElseThrow();
        assertThat(nameChange.get("before").asString()).isEqualTo("开封市龙亭区甲建筑有限公司");
        assertThat(nameChange.get("after").asString()).isEqualTo("开封市龙亭区甲建筑集团有限公司");

        assertThat(Http.get(url("/objects/" + uscc + "?asOf=" + between)).json().get("name").asString()).isEqualTo("开封市龙亭区甲建筑有限公司");
        assertThat(Http.get(url("/objects/" + uscc + "?asOf=2020-01-01")).status()).isEqualTo(404);
        assertThat(Http.get(url("/objects/" + uscc + "?asOf=yesterday")).json().get("errors").get(0).get("field").asString()).isEqualTo("asOf");
    }

    @Test
    void deregistrationLeavesThePopulationWithItsOwnEvent() {
        String uscc = Clerk.uscc(100_002);
        assertThat(Http.post(url("/objects"), enterprise(uscc, "开封市龙亭区乙建筑有限公司", "410202")).status()).isEqualTo(201);
        Http.Response gone = Http.put(url("/objects/" + uscc), """
                {"status": "DEREGISTERED", "reason": "市场监管部门注销登记"}""");
        assertThat(gone.status()).as(gone.body()).isEqualTo(200);
        TopicReader.Record event = event(uscc, "registry.ObjectDeregistered.v1");
        assertThat(Contracts.violations("registry.ObjectDeregistered.v1", event.body())).isEmpty();
        assertThat(Http.parse(event.body()).get("status").asString()).isEqualTo("DEREGISTERED");
    }

    @Test
    void refusesListTagsByHandAChangeWithoutReasonAndUnknownObjects() {
        String uscc = Clerk.uscc(100_003);
        assertThat(Http.post(url("/objects"), enterprise(uscc, "开封市龙亭区丙建筑有限公司", "410202")).status()).isEqualTo(201);
        Http.Response byHand = Http.put(url("/objects/" + uscc), """
                {"tags": ["SERIOUS_VIOLATION"], "reason": "手工列入"}""");
        assertThat(byHand.status()).isEqualTo(400);
        assertThat(byHand.contentType()).startsWith("application/problem+json");
        assertThat(byHand.json().get("errors").get(0).get("field").asString()).isEqualTo("tags");
        Http.Response noReason = Http.put(url("/objects/" + uscc), """
                {"name": "新名称"}""");
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        Http.Response badRegion = Http.put(url("/objects/" + uscc), """
                {"region": "999999", "reason": "迁址"}""");
        assertThat(badRegion.json().get("errors").get(0).get("field").asString()).isEqualTo("region");
        assertThat(Http.get(url("/objects/" + uscc)).json().get("name").asString()).isEqualTo("开封市龙亭区丙建筑有限公司");
        assertThat(Http.get(url("/objects/" + uscc + "/history")).json().size()).isEqualTo(1);
        assertThat(Http.put(url("/objects/NO-SUCH-OBJECT"), "{\"name\": \"x\", \"reason\": \"x\"}").status()).isEqualTo(404);
    }

    @Test
    void listsFilterAndPageInAStableOrder() {
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String uscc = Clerk.uscc(100_100 + i);
            keys.add(uscc);
            assertThat(Http.post(url("/objects"), enterprise(uscc, "开封市鼓楼区第" + i + "物业服务有限公司", "410204")).status()).isEqualTo(201);
        }
        Http.post(url("/objects"), """
                {"code": "GL-XM-2026-001", "name": "鼓楼区1号地块建设项目", "type": "CONSTRUCTION_PROJECT", "region": "410204",
                 "supervisingDepartments": ["quality-safety"], "tags": ["KEY_REGION"]}""");
        JsonNode first = Http.get(url("/objects?region=410204&type=ENTERPRISE&size=3&page=0")).json();
        JsonNode second = Http.get(url("/objects?region=410204&type=ENTERPRISE&size=3&page=1")).json();
        assertThat(first.get("total").asLong()).isEqualTo(5);
        List<String> paged = new java.util.ArrayList<>();
        first.get("items").forEach(o -> paged.add(o.get("key").asString()));
        second.get("items").forEach(o -> paged.add(o.get("key").asString()));
        assertThat(paged).containsExactlyElementsOf(keys.stream().sorted().toList());

        JsonNode tagged = Http.get(url("/objects?tag=KEY_REGION&department=quality-safety&region=410204")).json();
        assertThat(tagged.get("total").asLong()).isEqualTo(1);
        assertThat(tagged.get("items").get(0).get("key").asString()).isEqualTo("GL-XM-2026-001");
        assertThat(Http.get(url("/objects?region=410204&q=物业&riskLevel=B")).json().get("total").asLong()).isEqualTo(5);
        assertThat(Http.get(url("/objects?region=410204&asOf=2020-01-01")).json().get("total").asLong()).isZero();
        assertThat(Http.get(url("/objects?region=410204&asOf=" + Instant.now().plusSeconds(1))).json().get("total").asLong()).isEqualTo(6);
        assertThat(Http.get(url("/objects?size=501")).json().get("errors").get(0).get("field").asString()).isEqualTo("size");
    }
}
