package cn.supervision.localinfra;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The development issuer over real HTTP: a token for a demo user verifies against the published key, nobody else gets one. */
class DevIssuerTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aDemoUsersTokenIsSignedByThePublishedKeyAndCarriesTheirClaims() throws Exception {
        try (DevIssuer issuer = DevIssuer.start(0)) {
            HttpResponse<String> form = post(issuer.issuerUri() + "/token", "application/x-www-form-urlencoded", "username=hm-inspector-1");
            assertThat(form.statusCode()).isEqualTo(200);
            String token = field(form.body(), "access_token");
            String[] parts = token.split("\\.");
            String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            assertThat(claims).contains("\"sub\":\"hm-inspector-1\"", "\"roles\":[\"INSPECTOR\"]", "\"department\":\"housing-market\"",
                    "\"inspectorId\":\"LT-HOUS-001\"", "\"iss\":\"" + issuer.issuerUri() + "\"");

            String jwks = HTTP.send(HttpRequest.newBuilder(URI.create(issuer.jwkSetUri())).build(), HttpResponse.BodyHandlers.ofString()).body();
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(number(field(jwks, "n")), number(field(jwks, "e"))));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

            HttpResponse<String> json = post(issuer.issuerUri() + "/token", "application/json", "{\"user\": \"auditor\"}");
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(post(issuer.issuerUri() + "/token", "application/json", "{\"user\": \"root\"}").statusCode()).isEqualTo(400);
            String users = HTTP.send(HttpRequest.newBuilder(URI.create(issuer.issuerUri() + "/users")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(users).contains("\"admin\"", "\"qs-reviewer\"", "\"re-inspector-4\"", "LT-REAL-004");
        }
    }

    @Test
    void aBrowserSignsInWithAnAuthorizationCodeThatWorksOnceAndUserInfoAnswersTheTokensClaims() throws Exception {
        try (DevIssuer issuer = DevIssuer.start(0)) {
            String redirect = "http://127.0.0.1:8080/login/oauth2/code/dev";
            String verifier = "a-verifier-of-enough-length-0123456789-abcdefghij";
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            String authorize = "response_type=code&client_id=console&state=s%2F1&redirect_uri=" + redirect + "&code_challenge=" + challenge
                    + "&code_challenge_method=S256";
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(issuer.issuerUri() + "/authorize?" + authorize)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("name=\"user\" value=\"hm-staff\"", "value=\"" + challenge + "\"");

            HttpResponse<String> picked = post(issuer.issuerUri() + "/authorize", "application/x-www-form-urlencoded", authorize + "&user=qs-reviewer");
            assertThat(picked.statusCode()).isEqualTo(302);
            String location = picked.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith(redirect + "?code=").endsWith("&state=s%2F1");
            String code = location.substring(location.indexOf("code=") + 5, location.indexOf("&state"));

            String exchange = "grant_type=authorization_code&code=" + code + "&redirect_uri=" + redirect + "&code_verifier=";
            assertThat(post(issuer.issuerUri() + "/token", "application/x-www-form-urlencoded", exchange + "wrong").statusCode())
                    .as("a wrong PKCE verifier spends the code").isEqualTo(400);

            picked = post(issuer.issuerUri() + "/authorize", "application/x-www-form-urlencoded", authorize + "&user=qs-reviewer");
            String location2 = picked.headers().firstValue("Location").orElseThrow();
            code = location2.substring(location2.indexOf("code=") + 5, location2.indexOf("&state"));
            exchange = "grant_type=authorization_code&code=" + code + "&redirect_uri=" + redirect + "&code_verifier=" + verifier;
            HttpResponse<String> token = post(issuer.issuerUri() + "/token", "application/x-www-form-urlencoded", exchange);
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            assertThat(post(issuer.issuerUri() + "/token", "application/x-www-form-urlencoded", exchange).statusCode()).as("a code works once")
                    .isEqualTo(400);

            HttpResponse<String> info = HTTP.send(HttpRequest.newBuilder(URI.create(issuer.issuerUri() + "/userinfo"))
                    .header("Authorization", "Bearer " + field(token.body(), "access_token")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(info.statusCode()).isEqualTo(200);
            assertThat(info.body()).contains("\"sub\":\"qs-reviewer\"", "\"department\":\"quality-safety\"", "\"roles\":[\"REVIEWER\"]");
            String expired = issuer.token(DemoUsers.find("qs-reviewer"), java.time.Instant.now().minusSeconds(7200), java.time.Duration.ofHours(1));
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(issuer.issuerUri() + "/userinfo")).header("Authorization", "Bearer " + expired).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

            String elsewhere = authorize.replace(redirect, "http://evil.example/cb");
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(issuer.issuerUri() + "/authorize?" + elsewhere)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("codes go back to this machine only").isEqualTo(400);
        }
    }

    static HttpResponse<String> post(String url, String type, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    static BigInteger number(String base64url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
    }
}
