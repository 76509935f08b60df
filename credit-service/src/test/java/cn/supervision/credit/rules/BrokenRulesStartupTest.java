package cn.supervision.credit.rules;

import cn.supervision.credit.CreditApplication;
import cn.supervision.testsupport.TestServers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rule book that would never terminate stops the service at start, with the problem in the message. */
class BrokenRulesStartupTest {

    @Test
    void theServiceRefusesToStartWithRulesThatNeverTerminate() {
        TestServers servers = TestServers.get();
        assertThatThrownBy(() -> CreditApplication.builder().run("--credit.rules.location=classpath:rules/cycle.yml", "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + servers.kafkaBootstrapServers(),
                "--spring.cloud.stream.kafka.binder.brokers=" + servers.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + servers.mongoUri("broken-rules"), "--spring.cloud.stream.bindings.inspectionResults-in-0.group=broken-rules",
                "--spring.cloud.stream.bindings.registryObjects-in-0.group=broken-rules").close())
                .hasRootCauseInstanceOf(InvalidRulesException.class)
                .rootCause().hasMessageContaining("cycle.yml").hasMessageContaining("would never terminate");
    }
}
