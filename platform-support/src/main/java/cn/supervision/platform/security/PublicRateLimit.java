package cn.supervision.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each client (by remote address) to {@code platform.public.rate-limit.requests-per-second} requests on the
 * service's public paths ({@code platform.public.rate-limit.paths}: prefixes, "/" alone meaning the home page), so
 * that a scraper cannot starve everyone; beyond it the answer is 429 problem+json with {@code Retry-After}. Staff
 * and actuator paths are not limited. Limiters of clients not seen lately are forgotten ({@code max-clients} kept).
 */
class PublicRateLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PublicRateLimit.class);

    private final RateLimiterConfig config;
    private final List<String> paths;
    private final int maxClients;
    private final Counter rejected;
    private final Map<String, RateLimiter> limiters;

    PublicRateLimit(int perSecond, int maxClients, List<String> paths, MeterRegistry meters) {
        this.config = RateLimiterConfig.custom().limitForPeriod(perSecond).limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ZERO)
                .build();
        this.paths = List.copyOf(paths);
        this.maxClients = maxClients;
        this.rejected = Counter.builder("supervision.public.rejected").description("Public requests refused by the per-client rate limit")
                .register(meters);
        this.limiters = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
                return size() > PublicRateLimit.this.maxClients;
            }
        };
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return paths.stream().noneMatch(p -> "/".equals(p) ? path.equals("/") : path.startsWith(p));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        String client = request.getRemoteAddr();
        RateLimiter limiter;
        synchronized (limiters) {
            limiter = limiters.computeIfAbsent(client, c -> RateLimiter.of("public-" + c, config));
        }
        if (limiter.acquirePermission()) {
            chain.doFilter(request, response);
            return;
        }
        rejected.increment();
        log.debug("rate limit: refused {} {}", request.getMethod(), request.getRequestURI());
        response.setStatus(429);
        response.setHeader("Retry-After", "1");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
                + "\"detail\":\"more than " + config.getLimitForPeriod() + " requests per second from one client; retry in a second\","
                + "\"errors\":[{\"field\":\"client\",\"message\":\"rate limit exceeded\"}]}");
    }
}
