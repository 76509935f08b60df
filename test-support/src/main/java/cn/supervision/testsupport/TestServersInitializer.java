package cn.supervision.testsupport;

import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a Spring test context at the shared test servers and the test issuer, with a fresh database per context. */
public class TestServersInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestServers servers = TestServers.get();
        String database = "test-" + UUID.randomUUID().toString().substring(0, 8);
        TestPropertyValues.of(
                "spring.kafka.bootstrap-servers=" + servers.kafkaBootstrapServers(),
                "spring.cloud.stream.kafka.binder.brokers=" + servers.kafkaBootstrapServers(),
                "spring.mongodb.uri=" + servers.mongoUri(database),
                // staff APIs verify tokens of the test JVM's development issuer (Http attaches one by default)
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokens.issuer().issuerUri(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.issuer().jwkSetUri()).applyTo(context);
    }
}
