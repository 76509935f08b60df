package cn.supervision.registry.objects;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import cn.supervision.registry.Clerk;
import cn.supervision.registry.RegistryIntegrationTest;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Eventually;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import cn.supervision.testsupport.TopicWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** credit-service's risk and list changes reach the directory, as versions by credit-service, and go out as ObjectChanged. */
@RegistryIntegrationTest
class CreditEventsTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static String risk(String objectId, String level) {
        return Contracts.example("credit.CreditRiskChanged.v1").replace("91350100M000100Y43", objectId).replace("\"level\": \"C\"",
                "\"level\": \"" + level + "\"");
    }

    static String list(String objectId, String list, String change) {
        return Contracts.example("credit.CreditListChanged.v1").replace("91350100M000100Y43", objectId)
                .replace("\"ABNORMAL_OPERATIONS\"", "\"" + list + "\"").replace("\"ENTERED\"", "\"" + change + "\"");
    }

    void register(String uscc) {
        assertThat(Http.post(url("/objects"), ObjectChangesTest.enterprise(uscc, "开封市龙亭区信用测试有限公司", "410202")).status()).isEqualTo(201);
    }

    JsonNode objectWhen(String uscc, java.util.function.Predicate<JsonNode> condition) {
        return Eventually.get(uscc + " reflects the credit event", WAIT, () -> {
            JsonNode o = Http.get(url("/objects/" + uscc)).json();
            return condition.test(o) ? o : null;
        });
    }

    @Test
    void riskLevelAndListTagsFollowCreditEvents() {
        String uscc = Clerk.uscc(200_001);
        register(uscc);
        TopicWriter.send("credit.records", uscc, "credit.CreditRiskChanged.v1", UUID.randomUUID().toString(), risk(uscc, "C"));
        objectWhen(uscc, o -> "C".equals(o.get("riskLevel").asString()));
        TopicWriter.send("credit.records", uscc, "credit.CreditListChanged.v1", UUID.randomUUID().toString(),
                list(uscc, "SERIOUS_VIOLATION", "ENTERED"));
        objectWhen(uscc, o -> o.get("tags").toString().contains("SERIOUS_VIOLATION"));

        TopicReader.Record changed = TopicReader.readUntil("registry.objects", r -> uscc.equals(r.key()) && r.body().contains("SERIOUS_VIOLATION"),
                WAIT).stream().filter(r -> uscc.equals(r.key()) && r.body().contains("SERIOUS_VIOLATION")).findFirst().orElseThrow();
        assertThat(changed.header("ce_type")).isEqualTo("registry.ObjectChanged.v1");
        assertThat(Contracts.violations("registry.ObjectChanged.v1", changed.body())).isEmpty();
        assertThat(Http.parse(changed.body()).get("riskLevel").asString()).isEqualTo("C");

        TopicWriter.send("credit.records", uscc, "credit.CreditListChanged.v1", UUID.randomUUID().toString(),
                list(uscc, "SERIOUS_VIOLATION", "LEFT"));
        objectWhen(uscc, o -> !o.get("tags").toString().contains("SERIOUS_VIOLATION"));

        JsonNode history = Http.get(url("/objects/" + uscc + "/history")).json();
        assertThat(history.size()).isEqualTo(4);
        assertThat(history.get(1).get("who").asString()).isEqualTo("credit-service");
        assertThat(history.get(1).get("why").asString()).contains("credit risk level C");
        assertThat(history.get(2).get("why").asString()).contains("entered SERIOUS_VIOLATION");
    }

    @Test
    void anOlderEventDeliveredLateDoesNotRollTheRiskLevelBack() {
        String uscc = Clerk.uscc(200_002);
        register(uscc);
        TopicWriter.send("credit.records", uscc, "credit.CreditRiskChanged.v1", UUID.randomUUID().toString(), risk(uscc, "D"), Instant.now());
        objectWhen(uscc, o -> "D".equals(o.get("riskLevel").asString()));
        String late = UUID.randomUUID().toString();
        TopicWriter.send("credit.records", uscc, "credit.CreditRiskChanged.v1", late, risk(uscc, "A"), Instant.now().minusSeconds(3600));
        // a marker event after the late one: once it is applied, the late one has been seen too (same key, same partition)
        TopicWriter.send("credit.records", uscc, "credit.CreditListChanged.v1", UUID.randomUUID().toString(),
                list(uscc, "ABNORMAL_OPERATIONS", "ENTERED"));
        JsonNode o = objectWhen(uscc, x -> x.get("tags").toString().contains("ABNORMAL_OPERATIONS"));
        assertThat(o.get("riskLevel").asString()).isEqualTo("D");
        assertThat(mongo.exists(new Query(where("_id").is("creditRecords/" + late)), "processed_events")).isTrue();
    }

    @Test
    void anEventAboutAnUnknownObjectIsParkedAndAppliedWhenTheObjectIsRegistered() {
        String uscc = Clerk.uscc(200_003);
        String eventId = UUID.randomUUID().toString();
        TopicWriter.send("credit.records", uscc, "credit.CreditRiskChanged.v1", eventId, risk(uscc, "D"));
        Eventually.get("the event is parked", WAIT, () -> mongo.exists(new Query(where("_id").is(eventId).and("objectId").is(uscc)),
                ParkedEvents.COLLECTION) ? true : null);
        assertThat(Http.get(url("/actuator/prometheus")).body()).contains("supervision_registry_events_parked_total");
        // other credit events on the topic are not about the directory and are skipped, not failed
        TopicWriter.send("credit.records", uscc, "credit.JointPunishmentImposed.v1", UUID.randomUUID().toString(), "{\"objectId\": \"" + uscc + "\"}");

        register(uscc);
        assertThat(Http.get(url("/objects/" + uscc)).json().get("riskLevel").asString()).isEqualTo("D");
        assertThat(mongo.exists(new Query(where("_id").is(eventId)), ParkedEvents.COLLECTION)).isFalse();
        assertThat(Http.get(url("/objects/" + uscc + "/history")).json().get(1).get("who").asString()).isEqualTo("credit-service");
    }
}
