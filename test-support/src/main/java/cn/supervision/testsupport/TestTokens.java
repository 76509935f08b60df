package cn.supervision.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.supervision.localinfra.DevIssuer;

/**
 * Tokens for tests: the development issuer of local-infra, started once per JVM ({@link TestServersInitializer}
 * points every service context at it), or the launcher's own issuer once {@link #use} names it (deploy tests).
 */
public final class TestTokens {

    /** Who {@link Http} calls as unless told otherwise: the platform administrator (平台管理员). */
    public static final String DEFAULT_USER = "admin";

    private static DevIssuer issuer;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private TestTokens() {
    }

    public static synchronized DevIssuer issuer() {
        if (issuer == null) {
            DevIssuer started = DevIssuer.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-issuer-stop"));
            issuer = started;
            // a service a test starts by hand (SpringApplication.run with its own arguments) trusts this issuer too;
            // explicit arguments (the launcher's) still win over system properties
            System.setProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", started.issuerUri());
            System.setProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", started.jwkSetUri());
        }
        return issuer;
    }

    /** From now on tokens come from {@code running} (the issuer the platform launcher started). */
    public static synchronized void use(DevIssuer running) {
        issuer = running;
        CACHE.clear();
    }

    /** A valid token for a demo user (cached: tokens live for hours, a test run for minutes). */
    public static String token(String user) {
        DevIssuer current = issuer();
        return CACHE.computeIfAbsent(user, current::token);
    }
}
