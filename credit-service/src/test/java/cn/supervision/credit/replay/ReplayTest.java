package cn.supervision.credit.replay;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import cn.supervision.credit.CreditApplication;
import cn.supervision.credit.CreditIntegrationTest;
import cn.supervision.credit.TestClock;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import static cn.supervision.credit.CreditScenario.COMPLETED;
import static cn.supervision.credit.CreditScenario.REFERRAL;
import static cn.supervision.credit.CreditScenario.REFUSED;
import static cn.supervision.credit.CreditScenario.VIOLATION;
import static cn.supervision.credit.CreditScenario.await;
import static cn.supervision.credit.CreditScenario.example;
import static cn.supervision.credit.CreditScenario.send;
import static cn.supervision.credit.CreditScenario.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replay: a second credit-service with an empty database and a consumer group of its own re-reads
 * {@code inspection.results} from offset 0 and must arrive at exactly the same files, lists, follow-ups and levels.
 */
@CreditIntegrationTest
class ReplayTest {

    static final LocalDate FINAL_DAY = LocalDate.parse("2026-05-06");

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void rebuildingFromTheFullEventHistoryGivesExactlyTheSameFilesListsAndLevels() {
        String a = unique();
        String b = unique();
        String c = unique();
        // A: an order that falls due, is re-inspected clean and closes (the violation arrives before its inspection's result)
        clock.setToday(LocalDate.parse("2026-04-01"));
        send(VIOLATION, a, "ev-" + a + "-V", example(VIOLATION, a));
        send(COMPLETED, a, "ev-" + a + "-C", example(COMPLETED, a));
        await(url("/credit-files/OBJ-" + a), f -> f.get("entries").size() == 2);
        clock.setToday(LocalDate.parse("2026-04-23"));
        Http.post(url("/admin/daily-run"), "");
        String followUpId = "FU-T-" + a + "-OBJ-" + a + "-ZA-001";
        await(url("/credit-files/OBJ-" + a), f -> "REQUESTED".equals(f.get("followUps").get(0).get("status").asString()));
        clock.setToday(FINAL_DAY);
        send(COMPLETED, a, "ev-" + a + "-FU", example(COMPLETED, a).replace("\"taskType\": \"RANDOM\"",
                "\"taskType\": \"FOLLOW_UP\", \"followUpId\": \"" + followUpId + "\"").replace("\"category\": \"A\"", "\"category\": \"1\"")
                .replace("\"resultDate\": \"2026-03-23\"", "\"resultDate\": \"2026-05-06\""));
        await(url("/credit-files/OBJ-" + a), f -> "CLOSED".equals(f.get("followUps").get(0).get("status").asString()));
        // B: a refusal (abnormal list), then a criminal referral (serious list), redelivered once
        send(REFUSED, b, "ev-" + b + "-R", example(REFUSED, b));
        send(REFERRAL, b, "ev-" + b + "-X", example(REFERRAL, b));
        send(REFERRAL, b, "ev-" + b + "-X", example(REFERRAL, b));
        await(url("/credit-files/OBJ-" + b), f -> f.get("lists").size() == 2);
        // C: a result naming a follow-up credit never requested (kept, flagged)
        send(COMPLETED, c, "ev-" + c + "-C", example(COMPLETED, c).replace("\"taskType\": \"RANDOM\"",
                "\"taskType\": \"FOLLOW_UP\", \"followUpId\": \"FU-NOBODY\""));
        await(url("/credit-files/OBJ-" + c), f -> f.get("flags").toString().contains("UNKNOWN_FOLLOW_UP"));

        List<String> objects = List.of("OBJ-" + a, "OBJ-" + b, "OBJ-" + c);
        JsonNode check = Http.post(url("/admin/replay-check"), "").json();
        assertThat(check.get("differing")).isEmpty();
        assertThat(check.get("identical").asInt()).isEqualTo(check.get("files").asInt());

        TestServers servers = TestServers.get();
        String run = unique().toLowerCase();
        TestClock replayClock = new TestClock();
        replayClock.setToday(FINAL_DAY);
        try (ConfigurableApplicationContext replay = CreditApplication.builder()
                .initializers(context -> context.getBeanFactory().registerSingleton("testClock", replayClock))
                // command-line arguments: they win over credit.yml's ${MONGODB_URI:...} defaults
                .run("--server.port=0", "--spring.kafka.bootstrap-servers=" + servers.kafkaBootstrapServers(),
                        "--spring.cloud.stream.kafka.binder.brokers=" + servers.kafkaBootstrapServers(),
                        "--spring.mongodb.uri=" + servers.mongoUri("replay-" + run),
                        "--spring.cloud.stream.bindings.inspectionResults-in-0.group=credit-replay-" + run,
                        "--spring.cloud.stream.bindings.registryObjects-in-0.group=credit-replay-" + run,
                        "--credit.daily-run.initial-delay=PT24H")) {
            String replayUrl = "http://127.0.0.1:" + replay.getEnvironment().getProperty("local.server.port");
            for (String objectId : objects) {
                JsonNode original = Http.get(url("/credit-files/" + objectId)).json();
                JsonNode rebuilt = await(replayUrl + "/credit-files/" + objectId, f -> f.get("entries").size() == original.get("entries").size());
                assertThat(rebuilt).as(objectId).isEqualTo(original);
                assertThat(Http.get(replayUrl + "/credit-files/" + objectId + "/risk").json())
                        .isEqualTo(Http.get(url("/credit-files/" + objectId + "/risk")).json());
            }
            for (String list : List.of("ABNORMAL_OPERATIONS", "SERIOUS_VIOLATION")) {
                assertThat(members(replayUrl + "/credit-lists/" + list, objects)).isEqualTo(members(url("/credit-lists/" + list), objects));
            }
        }
        JsonNode b1 = Http.get(url("/credit-files/OBJ-" + b)).json();
        assertThat(b1.get("entries")).hasSize(2);
        assertThat(b1.get("riskLevel").asString()).isEqualTo("D");
    }

    static List<JsonNode> members(String url, List<String> objects) {
        return StreamSupport.stream(Http.get(url).json().spliterator(), false)
                .filter(m -> objects.contains(m.get("objectId").asString())).toList();
    }
}
