package cn.supervision.localinfra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;

/**
 * 登录页: the browser half of the development issuer, the OAuth 2.0 authorization code flow (RFC 6749 §4.1, with PKCE
 * when the client sends a challenge) that the staff console signs in with. {@code GET /authorize} shows the demo users
 * to pick from (no passwords: development only); picking one redirects back with a one-time code, valid 60 s, that
 * {@code POST /token} exchanges for the same access token {@code ./platform token} gives.
 */
final class DevSignIn {

    private static final Duration CODE_LIFETIME = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Grant(String user, String clientId, String redirectUri, String codeChallenge, Instant expires) {
    }

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();

    void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> params = "POST".equals(exchange.getRequestMethod()) ? form(exchange) : query(exchange.getRequestURI());
        String redirectUri = params.getOrDefault("redirect_uri", "");
        if (!"code".equals(params.get("response_type")) || params.getOrDefault("client_id", "").isBlank() || !isLocal(redirectUri)) {
            html(exchange, 400, "<p>无效的登录请求：需要 response_type=code、client_id 和本机的 redirect_uri。</p>");
            return;
        }
        String user = params.get("user");
        if (user == null) {
            html(exchange, 200, page(params));
            return;
        }
        if (DemoUsers.find(user) == null) {
            html(exchange, 400, "<p>没有这个演示用户。</p>" + page(params));
            return;
        }
        String code = randomCode();
        codes.put(code, new Grant(user, params.get("client_id"), redirectUri, params.get("code_challenge"), Instant.now().plus(CODE_LIFETIME)));
        String state = params.get("state");
        String location = redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + code
                + (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** The user a code was issued to, once; null when the code is unknown, used, expired, or the request does not match it. */
    String redeem(Map<String, String> tokenRequest) {
        Grant grant = codes.remove(tokenRequest.getOrDefault("code", ""));
        if (grant == null || grant.expires().isBefore(Instant.now()) || !grant.redirectUri().equals(tokenRequest.get("redirect_uri"))) {
            return null;
        }
        if (grant.codeChallenge() != null && !grant.codeChallenge().equals(s256(tokenRequest.getOrDefault("code_verifier", "")))) {
            return null;
        }
        return grant.user();
    }

    // Development only: the code may go back to this machine alone, so a link from elsewhere cannot harvest one.
    private static boolean isLocal(String redirectUri) {
        try {
            URI uri = URI.create(redirectUri);
            return "http".equals(uri.getScheme()) && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String page(Map<String, String> params) {
        StringBuilder hidden = new StringBuilder();
        for (String name : new String[] {"response_type", "client_id", "redirect_uri", "state", "scope", "code_challenge", "code_challenge_method"}) {
            if (params.get(name) != null) {
                hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(escape(params.get(name))).append("\">");
            }
        }
        StringBuilder buttons = new StringBuilder();
        String department = "";
        for (DemoUsers.User user : DemoUsers.all()) {
            String group = user.department() == null ? "平台" : user.department();
            if (!group.equals(department)) {
                buttons.append(department.isEmpty() ? "" : "</fieldset>").append("<fieldset><legend>").append(escape(group)).append("</legend>");
                department = group;
            }
            buttons.append("<button type=\"submit\" name=\"user\" value=\"").append(escape(user.id())).append("\">").append(escape(user.name()))
                    .append("<small>").append(escape(user.id())).append("</small></button>");
        }
        return """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>登录 · 开发用身份签发</title><style>
                body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:56rem;margin:1rem auto;padding:0 1rem;color:#1b1b1b}
                fieldset{border:1px solid #ccc;margin:.8rem 0;display:flex;flex-wrap:wrap;gap:.5rem}
                button{font-size:1rem;padding:.6rem .9rem;min-width:9rem;cursor:pointer}small{display:block;color:#555;font-size:.75rem}
                .warn{background:#fff3cd;padding:.5rem}</style></head><body>
                <h1>选择演示用户登录</h1><p class="warn">开发用身份签发，仅用于本机演示和测试；生产环境使用单位的统一身份认证。</p>
                <form method="post" action="/authorize">%s%s</fieldset></form></body></html>
                """.formatted(hidden, buttons);
    }

    static Map<String, String> form(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return parse(new String(in.readNBytes(8192), StandardCharsets.UTF_8));
        }
    }

    private static Map<String, String> query(URI uri) {
        return parse(uri.getRawQuery() == null ? "" : uri.getRawQuery());
    }

    static Map<String, String> parse(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static String randomCode() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void html(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
