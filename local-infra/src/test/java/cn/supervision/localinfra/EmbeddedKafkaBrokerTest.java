package cn.supervision.localinfra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedKafkaBrokerTest {

    @Test
    void keepsAcceptedRecordsAcrossARestartOnTheSameDirectory() throws Exception {
        Path dir = Files.createTempDirectory("kafka-restart");
        int port;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0, dir);
                KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
                        new StringSerializer(), new StringSerializer())) {
            port = broker.port();
            producer.send(new ProducerRecord<>("kept", "k", "accepted before the restart")).get();
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(port, dir);
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", broker.bootstrapServers(),
                        "group.id", "restart-test", "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("kept"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            String value = null;
            while (value == null && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    value = records.iterator().next().value();
                }
            }
            assertThat(value).isEqualTo("accepted before the restart");
        }
    }

    @Test
    void mongoKeepsDataInItsFileAcrossARestart() throws Exception {
        Path file = Files.createTempDirectory("mongo-restart").resolve("data.mv");
        int port;
        try (EmbeddedMongo mongo = EmbeddedMongo.start(0, file);
                com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(mongo.uri("t"))) {
            port = mongo.port();
            client.getDatabase("t").getCollection("c").insertOne(new org.bson.Document("_id", "kept"));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.start(port, file);
                com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(mongo.uri("t"))) {
            assertThat(client.getDatabase("t").getCollection("c").countDocuments()).isEqualTo(1);
        }
    }
}
