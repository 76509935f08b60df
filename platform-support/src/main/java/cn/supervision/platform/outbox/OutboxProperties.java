package cn.supervision.platform.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.outbox.*}: which collections hold pending events, how often the relay looks, how long a relay
 * instance holds a document while publishing it.
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(List<String> collections, Duration interval, Duration lease, Integer batchSize) {

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        interval = interval == null ? Duration.ofMillis(200) : interval;
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        batchSize = batchSize == null ? 200 : batchSize;
    }
}
