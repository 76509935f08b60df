package cn.supervision.credit.files;

import cn.supervision.credit.CreditIntegrationTest;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static cn.supervision.credit.CreditScenario.EXAMPLE_OBJECT;
import static cn.supervision.credit.CreditScenario.VIOLATION;
import static cn.supervision.credit.CreditScenario.await;
import static cn.supervision.credit.CreditScenario.example;
import static cn.supervision.credit.CreditScenario.send;
import static cn.supervision.credit.CreditScenario.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Events about an object the registry never described are kept and flagged, never dropped; the flag clears once it is known. */
@CreditIntegrationTest
class UnknownObjectsTest {

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void aViolationOfAnUnknownObjectIsKeptAndFlaggedUntilTheRegistryDescribesIt() {
        String id = unique();
        String objectId = "OBJ-" + id;
        send(VIOLATION, id, "ev-" + id + "-V", example(VIOLATION, id));
        JsonNode flagged = await(url("/credit-files/" + objectId), f -> f.get("entries").size() == 1);
        assertThat(flagged.get("flags")).extracting(JsonNode::asString).containsExactly("UNKNOWN_OBJECT");
        assertThat(Http.get(url("/credit-files?flag=UNKNOWN_OBJECT")).body()).contains(objectId);
        assertThat(Http.get(url("/actuator/prometheus")).body()).contains("supervision_credit_unknown_object_entries_total{kind=\"VIOLATION\"");

        String registered = Contracts.example("registry.ObjectRegistered.v1").replace("\"objectId\": \"" + EXAMPLE_OBJECT + "\"",
                "\"objectId\": \"" + objectId + "\"");
        send("registry.ObjectRegistered.v1", id, "ev-" + id + "-REG", registered);
        JsonNode known = await(url("/credit-files/" + objectId), f -> f.get("flags").isEmpty());
        assertThat(known.get("entries")).hasSize(1);
        assertThat(Http.get(url("/credit-files?flag=UNKNOWN_OBJECT")).body()).doesNotContain(objectId);

        String deregistered = Contracts.example("registry.ObjectDeregistered.v1").replace("\"objectId\": \"" + EXAMPLE_OBJECT + "\"",
                "\"objectId\": \"" + objectId + "\"");
        send("registry.ObjectDeregistered.v1", id, "ev-" + id + "-DEREG", deregistered);
        await(url("/credit-files/" + objectId), f -> f.get("flags").size() == 1 && "DEREGISTERED_OBJECT".equals(f.get("flags").get(0).asString()));
    }

    @Test
    void anUnknownFlagFilterIsRefused() {
        Http.Response response = Http.get(url("/credit-files?flag=PURPLE"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"flag\"");
    }
}
