package cn.supervision.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as {@code application/problem+json}, like every other refusal: no stack trace, no token details. */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final AuditTrail audit;

    ProblemResponses(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        audit.refused(request, 401);
        write(response, 401, "Unauthorized", "a valid bearer token is required (missing, expired or not signed by the identity provider)",
                "Authorization");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        audit.refused(request, 403);
        write(response, 403, "Forbidden", "your role may not call " + request.getMethod() + " on this endpoint", "roles");
    }

    static void write(HttpServletResponse response, int status, String title, String detail, String field) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
                + "\",\"errors\":[{\"field\":\"" + field + "\",\"message\":\"" + detail + "\"}]}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
