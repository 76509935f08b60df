package cn.supervision.deploy.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person using the console over real HTTP, the way a browser does without JavaScript: cookies, redirects, the
 * sign-in at the development issuer, and forms posted with the CSRF token of the page they came from.
 */
public final class ConsoleSession {

    /** A page as the console answered it. */
    public record Page(int status, String uri, String html, String contentType) {

        public Page assertOk() {
            assertThat(status).as(uri + "\n" + html).isEqualTo(200);
            return this;
        }

        /** The value of a form field of this page ({@code name="…" value="…"}). */
        public String field(String name) {
            Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
            return m.find() ? m.group(1).replace("&amp;", "&").replace("&quot;", "\"") : null;
        }
    }

    private final HttpClient http;
    private final String consoleUrl;
    private String csrf;

    private ConsoleSession(String consoleUrl) {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.consoleUrl = consoleUrl;
    }

    /** Nobody signed in yet. */
    public static ConsoleSession anonymous(String consoleUrl) {
        return new ConsoleSession(consoleUrl);
    }

    /** Opens the console, is sent to the issuer's sign-in page, picks the demo user and lands back on the console. */
    public static ConsoleSession signIn(String consoleUrl, String user) {
        ConsoleSession session = new ConsoleSession(consoleUrl);
        Page signInPage = session.get("/");
        assertThat(signInPage.html()).as("the issuer's sign-in page").contains("选择演示用户登录");
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : new String[] {"response_type", "client_id", "redirect_uri", "state", "scope", "code_challenge", "code_challenge_method"}) {
            if (signInPage.field(name) != null) {
                form.put(name, signInPage.field(name));
            }
        }
        form.put("user", user);
        URI authorize = URI.create(signInPage.uri()).resolve("/authorize");
        Page home = session.send(HttpRequest.newBuilder(authorize).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
        assertThat(home.uri()).as(home.html()).startsWith(consoleUrl);
        return session;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : consoleUrl + path)).GET().build());
    }

    /** Posts a form as the page last shown would (with its CSRF token). */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.putIfAbsent("_csrf", csrf);
        }
        return send(HttpRequest.newBuilder(URI.create(consoleUrl + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
    }

    /** Posts a form with one file ({@code enctype="multipart/form-data"}), as the page last shown would (with its CSRF token). */
    public Page postFile(String path, Map<String, String> fields, String fileField, String filename, byte[] content) {
        return postMultipart(path, fields, fileField, filename, "application/octet-stream", content);
    }

    /** Posts a multipart form with one file (a photo from the camera), with the CSRF token of the page last shown. */
    public Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName, String contentType, byte[] content) {
        String boundary = "----console-test-" + System.nanoTime();
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.putIfAbsent("_csrf", csrf);
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        form.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(consoleUrl + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Posts a form whose fields may repeat (checkboxes of one name), in order, with the CSRF token of the page last shown. */
    public Page post(String path, java.util.List<Map.Entry<String, String>> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach(f -> body.add(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)));
        if (csrf != null && fields.stream().noneMatch(f -> f.getKey().equals("_csrf"))) {
            body.add("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(consoleUrl + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** A file the console serves (an evidence photo), as bytes with its content type. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(consoleUrl + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Page page = new Page(response.statusCode(), response.uri().toString(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
            String token = page.field("_csrf");
            if (token != null) {
                csrf = token;
            }
            return page;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
