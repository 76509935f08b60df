package cn.supervision.deploy;

import java.time.Duration;
import java.util.UUID;

import cn.supervision.testsupport.Eventually;
import cn.supervision.testsupport.Http;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What operations staff watch: a poison event shows up as DLQ depth, consumers report their lag. */
@org.junit.jupiter.api.Order(2)
class OperationsSignalsTest {

    static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
    }

    static double metric(Service service, String name, String tag) {
        return Http.get(platform.url(service) + "/actuator/prometheus").body().lines()
                .filter(l -> l.startsWith(name + "{") && l.contains(tag))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void aPoisonEventRaisesTheDeadLetterDepthOfEveryConsumerOfItsTopic() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(java.util.Map.of("bootstrap.servers", platform.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> poison = new ProducerRecord<>("inspection.results", "POISON", "{this is not json");
            poison.headers().add("ce_id", UUID.randomUUID().toString().getBytes()).add("ce_type", "inspection.InspectionCompleted.v1".getBytes())
                    .add("ce_specversion", "1.0".getBytes()).add("ce_source", "/ops-test".getBytes())
                    .add("content-type", "application/json".getBytes());
            producer.send(poison).get();
        }
        for (Service consumer : new Service[] {Service.DISCLOSURE, Service.CREDIT}) {
            Eventually.get(consumer.serviceName + " DLQ depth rises", Duration.ofSeconds(60),
                    () -> metric(consumer, "supervision_dlq_depth", "binding=\"inspectionResults-in-0\"") > 0 ? true : null);
        }
        // the documented replay moves the parked event back; it is still poison, so it fails and is parked again
        double failedBefore = metric(Service.CREDIT, "supervision_events_consumed_total", "outcome=\"failed\"");
        Http.Response replayed = Http.post(platform.url(Service.CREDIT) + "/admin/dead-letters/inspectionResults-in-0/replay", "");
        assertThat(replayed.json().get("replayed").asInt()).isGreaterThanOrEqualTo(1);
        Eventually.get("replayed poison consumed again", Duration.ofSeconds(60),
                () -> metric(Service.CREDIT, "supervision_events_consumed_total", "outcome=\"failed\"") > failedBefore ? true : null);
        Eventually.get("and parked again", Duration.ofSeconds(60),
                () -> Http.get(platform.url(Service.CREDIT) + "/admin/dead-letters").json().get("inspectionResults-in-0").asLong() > 0 ? true : null);

        Eventually.get("sampling has no lag on registry topics", Duration.ofSeconds(60),
                () -> metric(Service.SAMPLING, "supervision_consumer_lag", "registryObjects-in-0") == 0 ? true : null);
        assertThat(Http.get(platform.url(Service.CREDIT) + "/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }
}
