package cn.supervision.disclosure.provincial;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code disclosure.provincial.*}: where the provincial platform is and how to talk to it.
 *
 * @param baseUrl      the platform's base URL; blank pauses pushing (records wait in the queue, nothing is lost)
 * @param clientId     our client id at the province
 * @param secret       the shared HMAC key
 * @param pollInterval how often the push worker looks for due records
 * @param batchSize    records claimed per pass
 * @param lease        how long a worker holds a claimed record before another may take it
 * @param backoffInitial wait after a record's first failed push (doubling per failure)
 * @param backoffMax   longest wait between pushes of one record: after an outage, delivery resumes within this
 */
@ConfigurationProperties("disclosure.provincial")
public record ProvincialProperties(String baseUrl, String clientId, String secret, Duration pollInterval, Integer batchSize, Duration lease,
        Duration backoffInitial, Duration backoffMax) {

    public ProvincialProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        clientId = clientId == null || clientId.isBlank() ? "longting-housing" : clientId;
        secret = secret == null ? "" : secret;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        batchSize = batchSize == null ? 50 : batchSize;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        backoffInitial = backoffInitial == null ? Duration.ofSeconds(30) : backoffInitial;
        backoffMax = backoffMax == null ? Duration.ofHours(1) : backoffMax;
    }

    public boolean configured() {
        return !baseUrl.isBlank();
    }
}
