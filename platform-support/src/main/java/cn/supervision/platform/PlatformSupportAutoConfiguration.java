package cn.supervision.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import cn.supervision.platform.health.MongoPingHealthIndicator;
import cn.supervision.platform.inbox.EventInbox;
import cn.supervision.platform.kafka.ConsumerLagMonitor;
import cn.supervision.platform.kafka.DeadLetterController;
import cn.supervision.platform.kafka.DeadLetterReplay;
import cn.supervision.platform.inbox.ProcessedEvents;
import cn.supervision.platform.outbox.EventFactory;
import cn.supervision.platform.outbox.OutboxProperties;
import cn.supervision.platform.outbox.OutboxRelay;
import cn.supervision.platform.tracing.EventTracing;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import cn.supervision.platform.web.ProblemHandler;
import cn.supervision.platform.web.ServiceLogContext;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the shared infrastructure into every service that has this module on its class path. */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class,
        afterName = {"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
                "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
                "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration"})
@EnableConfigurationProperties(OutboxProperties.class)
@Import(ProblemHandler.class)
public class PlatformSupportAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventTracing eventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new EventTracing(tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    @Bean
    EventFactory eventFactory(JsonMapper json, Clock clock, EventTracing tracing) {
        return new EventFactory(json, clock, tracing);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, StreamBridge bridge, OutboxProperties properties, Clock clock,
            @Value("${spring.application.name}") String service, MeterRegistry meters, EventTracing tracing) {
        return new OutboxRelay(mongo, bridge, properties, clock, "/" + service, meters, tracing);
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo) {
        return new ProcessedEvents(mongo);
    }

    @Bean
    EventInbox eventInbox(ProcessedEvents processed, MeterRegistry meters, @Value("${spring.application.name}") String service) {
        return new EventInbox(processed, meters, service);
    }

    @Bean
    ServiceLogContext serviceLogContext(@Value("${spring.application.name}") String service) {
        return new ServiceLogContext(service);
    }

    /** Lag and DLQ depth of every input binding (bindings named {@code <function>-in-0} with a destination and a group). */
    @Bean
    ConsumerLagMonitor consumerLagMonitor(BindingServiceProperties bindings, Environment environment, MeterRegistry meters) {
        return new ConsumerLagMonitor(brokers(environment), inputs(bindings, environment),
                environment.getProperty("platform.kafka-monitor.interval", Duration.class, Duration.ofSeconds(10)), meters);
    }

    @Bean
    DeadLetterReplay deadLetterReplay(BindingServiceProperties bindings, Environment environment) {
        return new DeadLetterReplay(brokers(environment), inputs(bindings, environment));
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetterReplay replay, ConsumerLagMonitor monitor) {
        return new DeadLetterController(replay, monitor);
    }

    private static String brokers(Environment environment) {
        return environment.getProperty("spring.cloud.stream.kafka.binder.brokers", "127.0.0.1:9092");
    }

    private static Set<ConsumerLagMonitor.Input> inputs(BindingServiceProperties bindings, Environment environment) {
        Set<ConsumerLagMonitor.Input> inputs = new LinkedHashSet<>();
        bindings.getBindings().forEach((name, binding) -> {
            if (name.contains("-in-") && binding.getDestination() != null && binding.getGroup() != null) {
                String dlq = environment.getProperty("spring.cloud.stream.kafka.bindings." + name + ".consumer.dlq-name",
                        binding.getDestination() + "." + binding.getGroup() + ".dlq");
                inputs.add(new ConsumerLagMonitor.Input(name, binding.getDestination(), binding.getGroup(), dlq));
            }
        });
        return inputs;
    }

    /** Named so that it replaces Boot's {@code hello}-based Mongo indicator. */
    @Bean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
