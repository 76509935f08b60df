package cn.supervision.disclosure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.supervision.testsupport.TestServersInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** disclosure-service on a random port against the shared test Kafka broker and a fresh Mongo database. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = DisclosureApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + DisclosureApplication.CONFIG_NAME)
@ContextConfiguration(initializers = TestServersInitializer.class)
public @interface DisclosureIntegrationTest {
}
