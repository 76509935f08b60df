package cn.supervision.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP calls for tests, with the JDK client: what a clerk's browser or curl would send. The static methods call
 * as the platform administrator with a real token of the development issuer ({@link TestTokens}); {@link #as},
 * {@link #withToken} and {@link #anonymous} call as someone else.
 */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A response: status, content type, body, and the body as JSON when it is JSON. */
    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Http() {
    }

    public static Response get(String url) {
        return DEFAULT.get(url);
    }

    public static Response post(String url, String json) {
        return DEFAULT.post(url, json);
    }

    /** A POST with extra headers as name, value pairs (e.g. a W3C {@code traceparent}). */
    public static Response post(String url, String json, String... headers) {
        return DEFAULT.post(url, json, headers);
    }

    public static Response put(String url, String json) {
        return DEFAULT.put(url, json);
    }

    public static Response delete(String url) {
        return DEFAULT.delete(url);
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /** Calls as a demo user of the development issuer (e.g. {@code hm-admin}, {@code qs-inspector-1}, {@code auditor}). */
    public static Caller as(String user) {
        return new Caller(() -> TestTokens.token(user));
    }

    /** Calls with exactly this bearer token (an expired one, one signed by another key). */
    public static Caller withToken(String token) {
        return new Caller(() -> token);
    }

    /** Calls without a token, as the public does. */
    public static Caller anonymous() {
        return new Caller(() -> null);
    }

    private static final Caller DEFAULT = new Caller(() -> TestTokens.token(TestTokens.DEFAULT_USER));

    /** Real HTTP calls with one identity: every request carries its bearer token (none for {@link #anonymous()}). */
    public static final class Caller {

        private final java.util.function.Supplier<String> token;

        private Caller(java.util.function.Supplier<String> token) {
            this.token = token;
        }

        public Response get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url)).GET());
        }

        public Response post(String url, String json) {
            return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        }

        /** A POST with extra headers as name, value pairs (e.g. a W3C {@code traceparent}). */
        public Response post(String url, String json, String... headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return send(request);
        }

        public Response put(String url, String json) {
            return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        }

        public Response delete(String url) {
            return send(HttpRequest.newBuilder(URI.create(url)).DELETE());
        }

        /** Any method, with a body of any content type ({@code body} null = none). */
        public Response send(String method, String url, String contentType, byte[] body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            return send(request);
        }

        private Response send(HttpRequest.Builder request) {
            String bearer = token.get();
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            return Http.send(request);
        }
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
