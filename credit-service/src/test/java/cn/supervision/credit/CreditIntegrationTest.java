package cn.supervision.credit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.supervision.testsupport.TestServersInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * credit-service on a random port against the shared test Kafka broker and a fresh Mongo database, with a
 * {@link TestClock} tests move by hand and no background daily run (tests trigger it). Every test class uses exactly
 * this, so they share one context and one consumer group.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {CreditApplication.class, TestClock.Config.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + CreditApplication.CONFIG_NAME, "credit.daily-run.initial-delay=PT24H",
            "credit.metrics.refresh=PT1S"})
@ContextConfiguration(initializers = TestServersInitializer.class)
public @interface CreditIntegrationTest {
}
