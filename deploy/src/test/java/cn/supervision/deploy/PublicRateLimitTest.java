package cn.supervision.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service's public paths are anonymous, so each limits every client (by address) to 50 requests a second:
 * a scraper gets 429 problem+json with Retry-After, and the limit refills a second later.
 */
@Order(5)
class PublicRateLimitTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @ParameterizedTest
    @CsvSource({"REGISTRY, /public/check-items", "SAMPLING, /public/tasks/NO-SUCH-TASK/draw", "DISCLOSURE, /public/check-items"})
    void aClientAskingTooFastIsToldToWait(Service service, String path) throws Exception {
        String url = RunningPlatform.get().url(service) + path;
        HttpResponse<String> refused = null;
        for (int i = 0; i < 300 && refused == null; i++) {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429) {
                refused = response;
            }
        }
        assertThat(refused).as("no 429 from " + url).isNotNull();
        assertThat(refused.headers().firstValue("Retry-After")).contains("1");
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Http.parse(refused.body()).get("errors").get(0).get("field").asString()).isEqualTo("client");

        Thread.sleep(1100);
        int again = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        assertThat(again).as("a second later the client is served again").isNotEqualTo(429);
        assertThat(Http.get(RunningPlatform.get().url(service) + "/actuator/prometheus").body()).contains("supervision_public_rejected_total");
    }
}
