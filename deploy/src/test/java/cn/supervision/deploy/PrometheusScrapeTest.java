package cn.supervision.deploy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import cn.supervision.testsupport.Eventually;
import cn.supervision.testsupport.Http;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A real Prometheus scrapes the running platform: a poison event turns the DLQ alert's expression true. */
@org.junit.jupiter.api.Order(3)
class PrometheusScrapeTest {

    @Test
    void aPoisonEventMakesTheDeadLetterAlertExpressionTrueInPrometheus() throws Exception {
        assumeTrue(LocalPrometheus.installed(), "prometheus is not installed (see .ci/install-tools)");
        Platform platform = RunningPlatform.get();
        int port = freePort();
        try (LocalPrometheus prometheus = platform.startPrometheus("2s", ComposeFileTest.ROOT.resolve("deploy/prometheus/alerts.yml"),
                Files.createTempDirectory("prometheus"), port)) {
            Eventually.get("Prometheus scrapes all five services and the console", Duration.ofSeconds(60), () -> {
                JsonNode up = query(prometheus, "sum(up{job=\"supervision\"})");
                return up.size() == 1 && up.get(0).get("value").get(1).asString().equals("6") ? true : null;
            });
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(java.util.Map.of("bootstrap.servers", platform.kafkaBootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                ProducerRecord<String, String> poison = new ProducerRecord<>("sampling.draws", "POISON", "[1, 2");
                poison.headers().add("ce_id", UUID.randomUUID().toString().getBytes()).add("ce_type", "sampling.SampleDrawn.v1".getBytes())
                        .add("ce_specversion", "1.0".getBytes()).add("ce_source", "/ops-test".getBytes())
                        .add("content-type", "application/json".getBytes());
                producer.send(poison).get();
            }
            cn.supervision.testsupport.TopicReader.readUntil(platform.kafkaBootstrapServers(), "sampling.draws.inspection-service.dlq",
                    r -> "POISON".equals(r.key()), Duration.ofSeconds(60));
            String alertExpression = "max by (service, binding, topic) (supervision_dlq_depth) > 0";
            JsonNode firing = Eventually.get("DLQ alert expression true", Duration.ofSeconds(90), () -> {
                JsonNode result = query(prometheus, alertExpression);
                return result.toString().contains("sampling.draws.inspection-service.dlq") ? result : null;
            });
            assertThat(firing.toString()).contains("inspection-service");
            // the rule itself is evaluated too: the alert is pending (it fires after its 2 minutes)
            Eventually.get("DeadLetterNotEmpty pending for inspection-service", Duration.ofSeconds(30),
                    () -> query(prometheus, "ALERTS{alertname=\"DeadLetterNotEmpty\"}").toString().contains("inspection-service") ? true : null);
        }
    }

    static JsonNode query(LocalPrometheus prometheus, String promql) {
        return Http.get(prometheus.url() + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)).json().get("data")
                .get("result");
    }

    static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
