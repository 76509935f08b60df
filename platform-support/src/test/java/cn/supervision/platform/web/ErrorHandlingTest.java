package cn.supervision.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TestServersInitializer;
import cn.supervision.testsupport.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests refused before any handler runs (by Tomcat itself, by Spring Security's firewall, by Boot's error page)
 * are answered {@code application/problem+json} naming the part at fault; a browser still gets an HTML page; a body
 * too large for the JSON limit gets its 413 on a connection that is not dropped. Real Tomcat, real HTTP.
 */
@SpringBootTest(classes = ErrorTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=error-test")
@ContextConfiguration(initializers = TestServersInitializer.class)
class ErrorHandlingTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void anEncodedSlashRefusedByTomcatIsAProblemNamingThePath() {
        Http.Response response = Http.get(url("/probes/..%2F..%2Fetc%2Fpasswd"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("path");
        assertThat(response.body()).doesNotContain("passwd").doesNotContain("Tomcat");
    }

    @Test
    void anEncodedNulRefusedByTomcatIsAProblem() {
        Http.Response response = Http.get(url("/probes/a%00b"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPathRejectedByTheSecurityFirewallGoesThroughTheErrorPageAsAProblem() {
        double before = refusedByErrorPage(400);

        Http.Response response = Http.get(url("/probes/a%25b"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("path");
        assertThat(response.body()).doesNotContain("timestamp").doesNotContain("malicious");
        assertThat(refusedByErrorPage(400)).isEqualTo(before + 1);
    }

    @Test
    void anUnmappedPathIsA404Problem() {
        Http.Response response = Http.get(url("/no/such/thing"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aLongUrlIsReadAndAnsweredByTheApplicationNotCutOff() {
        String path = "/no/such/" + "A".repeat(20_000) + "?q=" + "B".repeat(5_000);
        for (int i = 0; i < 10; i++) {
            Http.Response response = Http.get(url(path));

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aWrongMethodIsA405Problem() {
        Http.Response response = Http.delete(url("/probes/1"));

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aBrowserStillGetsAnHtmlErrorPage() throws Exception {
        HttpResponse<String> tomcat = browser("/probes/..%2Fetc");
        HttpResponse<String> boot = browser("/probes/a%25b");

        assertThat(tomcat.statusCode()).isEqualTo(400);
        assertThat(tomcat.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(boot.statusCode()).isEqualTo(400);
        assertThat(boot.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    }

    @Test
    void aJsonBodyFarOverTheLimitIsAnswered413NotDropped() {
        // 6 MB of JSON against the 1 MB limit: refused from its Content-Length, the rest read and discarded
        String json = "{\"name\": \"" + "长".repeat(2_000_000) + "\"}";
        for (int i = 0; i < 5; i++) {
            Http.Response response = Http.post(url("/probes"), json);

            assertThat(response.status()).isEqualTo(413);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(Http.post(url("/probes"), "{\"name\": \"x\"}").status()).isEqualTo(200);
    }

    private HttpResponse<String> browser(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Authorization", "Bearer " + TestTokens.token(TestTokens.DEFAULT_USER)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private double refusedByErrorPage(int status) {
        var counter = meters.find("supervision.web.refused").tags("stage", "error-page", "status", String.valueOf(status)).counter();
        return counter == null ? 0 : counter.count();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
