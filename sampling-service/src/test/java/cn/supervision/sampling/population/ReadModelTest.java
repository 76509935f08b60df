package cn.supervision.sampling.population;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.supervision.platform.problem.ProblemException;
import cn.supervision.sampling.SamplingIntegrationTest;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Eventually;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TestServers;
import cn.supervision.testsupport.TopicWriter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;

import static cn.supervision.sampling.Events.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamplingIntegrationTest
class ReadModelTest {

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void riskChanged(String key, String objectId, String level, Instant changedAt) {
        String body = """
                {"objectId": "%s", "uscc": null, "objectName": "x", "previousLevel": null, "level": "%s", "score": 40, "reasons": [],
                 "ruleVersion": "2026.1", "changedAt": "%s"}""".formatted(objectId, level, changedAt);
        assertThat(Contracts.violations("credit.CreditRiskChanged.v1", body)).isEmpty();
        TopicWriter.send("credit.records", key, "credit.CreditRiskChanged.v1", UUID.randomUUID().toString(), body);
    }

    double applied(String consumer) {
        return Http.get(url("/actuator/prometheus")).body().lines()
                .filter(l -> l.startsWith("supervision_events_consumed_total") && l.contains("consumer=\"" + consumer + "\"")
                        && l.contains("outcome=\"applied\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void aNewerCreditRiskLevelDecidesTheStratumAndAnOlderOneDoesNot() {
        cn.supervision.sampling.Events.object("CR-1", null, "ENTERPRISE", "OPERATING", "B", List.of("cr-dept"));
        Eventually.get("object", WAIT, () -> Http.get(url("/population/objects/CR-1")).status() == 200 ? true : null);
        riskChanged("CR-1", "CR-1", "D", Instant.now().plusSeconds(5));
        Eventually.get("credit level applied", WAIT, () -> "D".equals(Http.get(url("/population/objects/CR-1")).json().get("riskLevel").asString())
                ? true : null);
        double before = applied("creditRecords");
        riskChanged("CR-1", "CR-1", "A", Instant.now().minusSeconds(3600));
        // same key, so it is consumed after the old event
        riskChanged("CR-1", "CR-MARKER", "A", Instant.now());
        Eventually.get("both consumed", WAIT, () -> applied("creditRecords") >= before + 2 ? true : null);
        assertThat(Http.get(url("/population/objects/CR-1")).json().get("riskLevel").asString()).isEqualTo("D");
    }

    @Test
    void aTaskNamingARetiredOrUnknownCheckItemIsRefusedNamingTheField() {
        cn.supervision.sampling.Events.checkItem("RT-OLD", "rt-dept", "ENTERPRISE", "RETIRED");
        cn.supervision.sampling.Events.checkItem("RT-NEW", "rt-dept", "ENTERPRISE", "ACTIVE");
        Eventually.get("items", WAIT, () -> Http.get(url("/population/check-items/RT-OLD")).status() == 200
                && Http.get(url("/population/check-items/RT-NEW")).status() == 200 ? true : null);
        Http.Response refused = Http.post(url("/tasks"), """
                {"taskId": "RT-1", "name": "x", "initiatingDepartment": "rt-dept", "objectTypes": ["ENTERPRISE"],
                 "checkItems": [{"department": "rt-dept", "code": "RT-NEW"}, {"department": "rt-dept", "code": "RT-OLD"}, {"department": "rt-dept", "code": "RT-NONE"}],
                 "strata": [{"name": "all", "ratioBp": 100}], "teams": [{"department": "rt-dept", "count": 2}], "entropySource": "e", "dueDate": "%s"}"""
                .formatted(LocalDate.now().plusMonths(1)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("checkItems[1].code", "checkItems[2].code");
        assertThat(refused.body()).contains("retired");
        assertThat(Http.get(url("/tasks/RT-1")).status()).isEqualTo(404);
    }

    @Test
    void refusesToFreezeWhileTheReadModelIsStillCatchingUp() {
        TopicWriter.send("registry.objects", "LAG-1", "registry.ObjectRegistered.v1", UUID.randomUUID().toString(),
                Contracts.example("registry.ObjectRegistered.v1"));
        BindingServiceProperties lagging = new BindingServiceProperties();
        BindingProperties binding = new BindingProperties();
        binding.setDestination("registry.objects");
        binding.setGroup("a-group-that-never-consumed");
        lagging.setBindings(Map.of("registryObjects-in-0", binding));
        ReadModelCatchUp catchUp = new ReadModelCatchUp(lagging, TestServers.get().kafkaBootstrapServers(), Duration.ofMillis(300));
        try {
            assertThatThrownBy(() -> catchUp.requireCaughtUp("population")).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.errors().get(0).field()).isEqualTo("population");
                assertThat(e.getMessage()).contains("still catching up").contains("registry.objects");
            });
        } finally {
            catchUp.close();
        }
    }
}
