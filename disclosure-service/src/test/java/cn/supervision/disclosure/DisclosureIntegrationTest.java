package cn.supervision.disclosure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.supervision.testsupport.TestServersInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * disclosure-service on a random port against the shared test Kafka broker and a fresh Mongo database, with its own
 * provincial simulator as the province, a movable clock, and small waits so that resilience can be seen in seconds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {DisclosureApplication.class, TestClock.Config.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + DisclosureApplication.CONFIG_NAME,
                "disclosure.provincial.simulator.enabled=true",
                "disclosure.provincial.base-url=http://127.0.0.1:${local.server.port}/simulator/province",
                "disclosure.provincial.poll-interval=200ms",
                "disclosure.provincial.backoff-initial=1s",
                "disclosure.provincial.backoff-max=5s",
                "disclosure.deadlines.check-interval-ms=300",
                "disclosure.calendar.refresh-interval-ms=1000",
                "platform.public.rate-limit.requests-per-second=300",
                "disclosure.sampling.public-base-url=http://sampling.example.test",
                "resilience4j.circuitbreaker.instances.provincial.sliding-window-size=4",
                "resilience4j.circuitbreaker.instances.provincial.minimum-number-of-calls=4",
                "resilience4j.circuitbreaker.instances.provincial.wait-duration-in-open-state=1s",
                "resilience4j.retry.instances.provincial.wait-duration=50ms",
                "resilience4j.retry.instances.provincial.max-attempts=2",
                "resilience4j.timelimiter.instances.provincial.timeout-duration=700ms"})
@ContextConfiguration(initializers = TestServersInitializer.class)
public @interface DisclosureIntegrationTest {
}
