package cn.supervision.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/** Names the service in every log line of a request, so logs stay readable when services share one JVM. */
public class ServiceLogContext extends OncePerRequestFilter {

    public static final String SERVICE = "service";

    private final String service;

    public ServiceLogContext(String service) {
        this.service = service;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MDC.put(SERVICE, service);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(SERVICE);
        }
    }
}
