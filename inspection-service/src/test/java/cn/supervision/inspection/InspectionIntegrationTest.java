package cn.supervision.inspection;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.supervision.testsupport.TestServersInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** inspection-service on a random port against the shared test Kafka broker and a fresh Mongo database. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = InspectionApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + InspectionApplication.CONFIG_NAME,
                // small limits so that tests can cross them: our own streaming limit first, then the container's multipart limit
                "inspection.evidence.max-size=100KB", "inspection.evidence.max-request-size=300KB", "spring.servlet.multipart.max-file-size=200KB",
                "inspection.overdue.refresh-interval=PT0.5S", "inspection.log.flush-interval=PT1S"})
@ContextConfiguration(initializers = TestServersInitializer.class)
public @interface InspectionIntegrationTest {
}
