package cn.supervision.localinfra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 开发用身份签发: a development identity provider for the embedded default and the tests, never for production.
 * A fresh RSA key per start (tokens do not survive a restart); {@code GET /.well-known/jwks.json} publishes the
 * public key, {@code GET /.well-known/openid-configuration} the metadata, {@code POST /token} with
 * {@code {"user":"hm-admin"}} or form {@code username=hm-admin} answers a signed RS256 token for a {@link DemoUsers}
 * user, {@code GET /users} lists them. For the staff console it also signs people in through a browser
 * ({@link DevSignIn}: {@code GET /authorize}, the {@code authorization_code} grant at {@code /token}, and
 * {@code GET /userinfo} answering a valid token's claims). The services never start it; the launcher refuses to in a
 * production profile.
 */
public final class DevIssuer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevIssuer.class);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Duration LIFETIME = Duration.ofHours(8);

    private final HttpServer server;
    private final KeyPair keys;
    private final String keyId = UUID.randomUUID().toString().substring(0, 8);
    private final DevSignIn signIn = new DevSignIn();

    private DevIssuer(HttpServer server, KeyPair keys) {
        this.server = server;
        this.keys = keys;
    }

    /** Starts on 127.0.0.1:{@code port} (0 = a free port). */
    public static DevIssuer start(int port) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            DevIssuer issuer = new DevIssuer(server, generator.generateKeyPair());
            server.createContext("/.well-known/jwks.json", issuer::jwks);
            server.createContext("/.well-known/openid-configuration", issuer::metadata);
            server.createContext("/token", issuer::token);
            server.createContext("/users", issuer::users);
            server.createContext("/authorize", issuer.signIn::authorize);
            server.createContext("/userinfo", issuer::userInfo);
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                Thread thread = new Thread(r, "dev-issuer");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            log.info("development token issuer at {} (demo users only, never for production)", issuer.issuerUri());
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code iss} of its tokens, and what a service sets as {@code SECURITY_JWT_ISSUER_URI}. */
    public String issuerUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String jwkSetUri() {
        return issuerUri() + "/.well-known/jwks.json";
    }

    /** A token for a demo user; unknown users are refused. */
    public String token(String userId) {
        DemoUsers.User user = DemoUsers.find(userId);
        if (user == null) {
            throw new IllegalArgumentException("no demo user " + userId + "; known: " + DemoUsers.all().stream().map(DemoUsers.User::id).toList());
        }
        return token(user, Instant.now(), LIFETIME);
    }

    /** A token with any claims and lifetime (tests: an expired token, another department's inspector). */
    public String token(DemoUsers.User user, Instant issuedAt, Duration lifetime) {
        StringBuilder claims = new StringBuilder("{");
        claims.append("\"iss\":").append(quote(issuerUri()))
                .append(",\"sub\":").append(quote(user.id()))
                .append(",\"name\":").append(quote(user.name()))
                .append(",\"roles\":[").append(String.join(",", user.roles().stream().map(DevIssuer::quote).toList())).append(']')
                .append(",\"iat\":").append(issuedAt.getEpochSecond())
                .append(",\"exp\":").append(issuedAt.plus(lifetime).getEpochSecond())
                .append(",\"jti\":").append(quote(UUID.randomUUID().toString()));
        if (user.department() != null) {
            claims.append(",\"department\":").append(quote(user.department()));
        }
        if (user.inspectorId() != null) {
            claims.append(",\"inspectorId\":").append(quote(user.inspectorId()));
        }
        claims.append('}');
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":" + quote(keyId) + "}";
        String signingInput = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "." + B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void jwks(HttpExchange exchange) throws IOException {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        respond(exchange, 200, "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":" + quote(keyId)
                + ",\"n\":" + quote(B64.encodeToString(unsigned(key.getModulus().toByteArray())))
                + ",\"e\":" + quote(B64.encodeToString(unsigned(key.getPublicExponent().toByteArray()))) + "}]}");
    }

    private void metadata(HttpExchange exchange) throws IOException {
        respond(exchange, 200, "{\"issuer\":" + quote(issuerUri()) + ",\"jwks_uri\":" + quote(jwkSetUri()) + ",\"token_endpoint\":"
                + quote(issuerUri() + "/token") + ",\"authorization_endpoint\":" + quote(issuerUri() + "/authorize") + ",\"userinfo_endpoint\":"
                + quote(issuerUri() + "/userinfo") + ",\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
    }

    private void users(HttpExchange exchange) throws IOException {
        List<String> rows = new ArrayList<>();
        for (DemoUsers.User user : DemoUsers.all()) {
            rows.add("{\"user\":" + quote(user.id()) + ",\"name\":" + quote(user.name()) + ",\"roles\":["
                    + String.join(",", user.roles().stream().map(DevIssuer::quote).toList()) + "],\"department\":"
                    + (user.department() == null ? "null" : quote(user.department())) + ",\"inspectorId\":"
                    + (user.inspectorId() == null ? "null" : quote(user.inspectorId())) + "}");
        }
        respond(exchange, 200, "[" + String.join(",", rows) + "]");
    }

    private static final Pattern JSON_USER = Pattern.compile("\"(?:user|username)\"\\s*:\\s*\"([A-Za-z0-9._-]{1,64})\"");
    private static final Pattern FORM_USER = Pattern.compile("(?:^|&)(?:user|username)=([A-Za-z0-9._%-]{1,64})");

    private void token(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "{\"error\":\"use POST\"}");
            return;
        }
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
        String user;
        if (body.contains("grant_type=authorization_code")) {
            user = signIn.redeem(DevSignIn.parse(body));
            if (user == null) {
                respond(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"unknown, used or expired code\"}");
                return;
            }
        } else {
            Matcher json = JSON_USER.matcher(body);
            Matcher form = FORM_USER.matcher(body);
            user = json.find() ? json.group(1) : form.find() ? URLDecoder.decode(form.group(1), StandardCharsets.UTF_8) : null;
        }
        if (user == null || DemoUsers.find(user) == null) {
            respond(exchange, 400, "{\"error\":\"invalid_request\",\"error_description\":\"unknown demo user; GET /users lists them\"}");
            return;
        }
        respond(exchange, 200, "{\"access_token\":" + quote(token(user)) + ",\"token_type\":\"Bearer\",\"expires_in\":" + LIFETIME.toSeconds()
                + ",\"scope\":\"staff\"}");
    }

    /** OpenID-style user info: the claims of a token this issuer signed and that has not expired. */
    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String claims = authorization == null || !authorization.startsWith("Bearer ") ? null : verifiedClaims(authorization.substring(7).trim());
        if (claims == null) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            respond(exchange, 401, "{\"error\":\"invalid_token\"}");
            return;
        }
        respond(exchange, 200, claims);
    }

    private static final Pattern EXP = Pattern.compile("\"exp\":(\\d+)");

    private String verifiedClaims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(keys.getPublic());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return null;
            }
            String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            Matcher exp = EXP.matcher(claims);
            return exp.find() && Long.parseLong(exp.group(1)) > Instant.now().getEpochSecond() ? claims : null;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] unsigned(byte[] bigEndian) {
        return bigEndian.length > 1 && bigEndian[0] == 0 ? java.util.Arrays.copyOfRange(bigEndian, 1, bigEndian.length) : bigEndian;
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
