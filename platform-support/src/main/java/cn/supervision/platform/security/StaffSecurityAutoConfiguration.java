package cn.supervision.platform.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one security filter chain of every service: stateless, bearer JWT (issuer and JWK set from
 * {@code SECURITY_JWT_ISSUER_URI} / {@code SECURITY_JWT_JWK_SET_URI}), health and Prometheus open on the internal
 * network, then the service's {@link EndpointAccess} table, then platform administrator only.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"},
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
public class StaffSecurityAutoConfiguration {

    @Bean
    AuditTrail auditTrail(MongoTemplate mongo, JsonMapper json, Clock clock, @Value("${spring.application.name}") String service,
            MeterRegistry meters) {
        return new AuditTrail(mongo, json, clock, service, meters);
    }

    @Bean
    AuditController auditController(AuditTrail audit) {
        return new AuditController(audit);
    }

    /** Public paths are anonymous, so they are limited per client instead (issue 9: the public API is rate-limited). */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<PublicRateLimit> publicRateLimit(
            @Value("${platform.public.rate-limit.requests-per-second:50}") int perSecond,
            @Value("${platform.public.rate-limit.max-clients:10000}") int maxClients,
            @Value("${platform.public.rate-limit.paths:/public/}") List<String> paths, MeterRegistry meters) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new PublicRateLimit(perSecond, maxClients, paths, meters));
        // before the security chain: a flood is refused before anything else is spent on it
        registration.setOrder(org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    @Bean
    SecurityFilterChain staffSecurity(HttpSecurity http, ObjectProvider<EndpointAccess> tables, AuditTrail audit,
            @Value("${platform.security.json.max-bytes:1048576}") int maxJsonBytes,
            @Value("${platform.security.json.max-depth:32}") int maxJsonDepth) throws Exception {
        ProblemResponses problems = new ProblemResponses(audit);
        List<EndpointAccess.Rule> rules = new ArrayList<>();
        tables.orderedStream().forEach(table -> rules.addAll(table.rules()));
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(o -> o.authenticationEntryPoint(problems).accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roles())))
                .addFilterAfter(new AuditFilter(audit), AuthorizationFilter.class)
                .addFilterAfter(new JsonRequestLimits(maxJsonBytes, maxJsonDepth), AuditFilter.class)
                .headers(headers -> headers
                        // the public pages load nothing from elsewhere; no framing (clickjacking)
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                                + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .cors(cors -> cors.configurationSource(publicCors()))
                .authorizeHttpRequests(authorize -> {
                    // scraped and probed on the internal network only (docs/security.md)
                    authorize.requestMatchers(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/**"),
                            paths.matcher("/actuator/prometheus"), paths.matcher("/error")).permitAll();
                    authorize.requestMatchers(paths.matcher(HttpMethod.GET, "/audit")).hasAnyRole(array(Roles.OVERSIGHT));
                    authorize.requestMatchers(paths.matcher(HttpMethod.GET, "/v3/api-docs/**"), paths.matcher(HttpMethod.GET, "/v3/api-docs"),
                            paths.matcher(HttpMethod.GET, "/v3/api-docs.yaml"),
                            paths.matcher(HttpMethod.GET, "/swagger-ui/**"), paths.matcher(HttpMethod.GET, "/swagger-ui.html"))
                            .hasAnyRole(array(Roles.READERS));
                    for (EndpointAccess.Rule rule : rules) {
                        var matcher = "*".equals(rule.method()) ? paths.matcher(rule.pattern())
                                : paths.matcher(HttpMethod.valueOf(rule.method()), rule.pattern());
                        if (rule.anonymous()) {
                            authorize.requestMatchers(matcher).permitAll();
                        } else {
                            authorize.requestMatchers(matcher).hasAnyRole(array(rule.roles()));
                        }
                    }
                    authorize.requestMatchers(paths.matcher(HttpMethod.GET, "/**")).hasAnyRole(array(Roles.OVERSIGHT));
                    authorize.anyRequest().hasRole(Roles.PLATFORM_ADMIN);
                });
        return http.build();
    }

    /**
     * CORS: anyone's page may read the public record ({@code GET /public/**}, no credentials); staff APIs are not
     * offered cross-origin (the console is served from the same origin or through a gateway).
     */
    static org.springframework.web.cors.CorsConfigurationSource publicCors() {
        org.springframework.web.cors.CorsConfiguration open = new org.springframework.web.cors.CorsConfiguration();
        open.addAllowedOrigin("*");
        open.addAllowedMethod("GET");
        open.addAllowedHeader("*");
        open.setAllowCredentials(false);
        open.setMaxAge(3600L);
        org.springframework.web.cors.UrlBasedCorsConfigurationSource source = new org.springframework.web.cors.UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/public/**", open);
        return source;
    }

    /** The {@code roles} claim becomes {@code ROLE_*} authorities; the principal is {@code sub}. */
    static JwtAuthenticationConverter roles() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        Converter<Jwt, Collection<GrantedAuthority>> authorities = jwt -> {
            List<String> roles = jwt.getClaimAsStringList("roles");
            List<GrantedAuthority> granted = new ArrayList<>();
            if (roles != null) {
                roles.stream().filter(Roles.ALL::contains).forEach(role -> granted.add(new SimpleGrantedAuthority("ROLE_" + role)));
            }
            return granted;
        };
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    private static String[] array(Collection<String> roles) {
        return roles.toArray(String[]::new);
    }
}
