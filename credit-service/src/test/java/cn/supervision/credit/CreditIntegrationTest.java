package cn.supervision.credit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.supervision.testsupport.TestServersInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** credit-service on a random port against the shared test Kafka broker and a fresh Mongo database. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CreditApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + CreditApplication.CONFIG_NAME)
@ContextConfiguration(initializers = TestServersInitializer.class)
public @interface CreditIntegrationTest {
}
