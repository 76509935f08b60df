package cn.supervision.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import cn.supervision.testsupport.Http;

/** What a clerk's browser sends beyond JSON: file uploads (multipart), downloads as bytes, changes signed with a name. */
public final class Clerk {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Clerk() {
    }

    /** Uploads {@code bytes} as the form part {@code file}, as an HTML file input does. */
    public static Http.Response upload(String url, String filename, byte[] bytes) {
        String boundary = "----clerk" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(bytes);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Sends {@code bytes} as they are with the given content type: what a broken browser or a cut-off upload sends. */
    public static Http.Response uploadRaw(String url, String contentType, byte[] bytes) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    public static byte[] download(String url) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET()
                            .header("Authorization", bearer()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + url + " answered " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A PUT by a demo user of the development issuer (e.g. {@code hm-staff}): "who" is the token's display name. */
    public static Http.Response put(String url, String json, String user) {
        return Http.as(user).put(url, json);
    }

    /** The {@code X-Acting-User} value for a name: percent-encoded UTF-8, as HTTP headers are ASCII. */
    public static String signature(String user) {
        return java.net.URLEncoder.encode(user, StandardCharsets.UTF_8);
    }

    /** The platform administrator's token, as {@link Http} sends by default. */
    private static String bearer() {
        return "Bearer " + cn.supervision.testsupport.TestTokens.token(cn.supervision.testsupport.TestTokens.DEFAULT_USER);
    }

    private static Http.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(120)).header("Authorization", bearer()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Http.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A valid USCC (check character computed) for test object {@code n}: 91 + 410202 + a 9-character body. */
    public static String uscc(long n) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        String body = "91410202" + String.format("%09d", n % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(body.charAt(i)) * weights[i];
        }
        return body + alphabet.charAt((31 - sum % 31) % 31);
    }

    /** The same code with a wrong check character. */
    public static String wrongCheck(String uscc) {
        char last = uscc.charAt(17);
        return uscc.substring(0, 17) + (last == '0' ? '1' : '0');
    }
}
