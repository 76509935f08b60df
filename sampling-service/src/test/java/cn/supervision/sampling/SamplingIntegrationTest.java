package cn.supervision.sampling;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.supervision.testsupport.TestServersInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** sampling-service on a random port against the shared test Kafka broker and a fresh Mongo database. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = SamplingApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + SamplingApplication.CONFIG_NAME,
                // tiny chunks, so every test also proves that snapshots, draws and transcripts span several chunk documents
                "sampling.chunks.ids=3", "sampling.chunks.drawn-objects=2", "sampling.chunks.transcript-bytes=700",
                "sampling.coverage.refresh=PT1S", "sampling.shortfalls.refresh=PT1S", "sampling.coverage.initial-delay=PT1S", "sampling.freeze.catch-up-wait=30s",
                // the matrix test calls public paths as fast as it can from one address; deploy tests the limit itself
                "platform.public.rate-limit.requests-per-second=1000"})
@ContextConfiguration(initializers = TestServersInitializer.class)
public @interface SamplingIntegrationTest {
}
