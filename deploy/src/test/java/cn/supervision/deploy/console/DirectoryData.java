package cn.supervision.deploy.console;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import cn.supervision.deploy.ConsolePlatform;
import cn.supervision.testsupport.Http;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Set-up data for the directory, credit and ops page tests: objects registered in the registry as a clerk would,
 * and the inspection service's result events put on the platform's Kafka (credit and disclosure consume them as
 * they would the real ones).
 */
final class DirectoryData {

    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private DirectoryData() {
    }

    static String registry(String path) {
        return ConsolePlatform.url("REGISTRY") + path;
    }

    /** A valid USCC not used by any other test: 91 4102 03 + 9 random characters + the check character. */
    static String uscc() {
        StringBuilder body = new StringBuilder("91410203");
        for (int i = 0; i < 9; i++) {
            body.append(USCC_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_ALPHABET.indexOf(body.charAt(i)) * USCC_WEIGHTS[i];
        }
        return body.append(USCC_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    /** The same USCC with a wrong check character. */
    static String wrongCheck(String uscc) {
        char last = uscc.charAt(17);
        return uscc.substring(0, 17) + (last == '0' ? '1' : '0');
    }

    static String registerEnterprise(String uscc, String name, String industry, String region, String... tags) {
        Http.Response r = Http.as("hm-admin").post(registry("/objects"), """
                {"uscc": "%s", "name": "%s", "type": "ENTERPRISE", "industry": "%s", "region": "%s", "address": "开封市测试路1号",
                 "supervisingDepartments": ["housing-market"], "tags": [%s], "reason": "页面测试登记"}"""
                .formatted(uscc, name, industry, region, tags.length == 0 ? "" : "\"" + String.join("\",\"", tags) + "\""));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return uscc;
    }

    static String registerProject(String code, String name, String industry, String region) {
        Http.Response r = Http.as("hm-admin").post(registry("/objects"), """
                {"code": "%s", "name": "%s", "type": "CONSTRUCTION_PROJECT", "industry": "%s", "region": "%s", "address": "开封市测试路2号",
                 "supervisingDepartments": ["housing-market", "quality-safety"], "reason": "页面测试登记"}""".formatted(code, name, industry, region));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return code;
    }

    /** An event as the inspection service would publish it (CloudEvents binary mode, keyed by the object). */
    static void inspectionEvent(String type, String objectId, String body) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConsolePlatform.kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>("inspection.results", objectId, body);
            header(record, "ce_id", java.util.UUID.randomUUID().toString());
            header(record, "ce_type", type);
            header(record, "ce_source", "/inspection-service");
            header(record, "ce_subject", objectId);
            header(record, "ce_time", Instant.now().toString());
            header(record, "ce_specversion", "1.0");
            header(record, "content-type", "application/json");
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Polls until {@code done} holds (events are asynchronous); fails with {@code what} after 60 s. */
    static void await(String what, BooleanSupplier done) {
        await(what, done, () -> "");
    }

    /** The same, saying what was last seen when it fails. */
    static void await(String what, BooleanSupplier done, java.util.function.Supplier<String> lastSeen) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s: " + what + "; last seen: " + lastSeen.get());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
