package cn.supervision.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Inside the security chain, after authorisation: every write that reached the application is audited with the status
 * the client got, so a domain refusal (another department's record: 403, a rule: 422) is in the trail too.
 */
final class AuditFilter extends OncePerRequestFilter {

    private final AuditTrail audit;

    AuditFilter(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(AuditTrail.REQUEST_ID, AuditTrail.requestId(request));
        boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) && !"OPTIONS".equals(request.getMethod());
        StaffUser user = StaffUser.current().orElse(null);
        try {
            chain.doFilter(request, response);
        } finally {
            if (write && user != null) {
                audit.written(request, response.getStatus(), user);
            }
        }
    }
}
