package cn.supervision.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.supervision.testsupport.TestServersInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** registry-service on a random port against the shared test Kafka broker and a fresh Mongo database. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = RegistryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + RegistryApplication.CONFIG_NAME,
                // the matrix test calls public paths as fast as it can from one address; deploy tests the limit itself
                "platform.public.rate-limit.requests-per-second=1000"})
@ContextConfiguration(initializers = TestServersInitializer.class)
public @interface RegistryIntegrationTest {
}
