package cn.supervision.console.web;

import java.io.IOException;

import cn.supervision.console.api.ServiceProblem;
import cn.supervision.console.api.SignInAgain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;

/**
 * What a person sees when a page cannot be shown: a refusal page (never the data), a not-found page, a "service
 * unavailable, try again" page; and, when their token has run out, a fresh sign-in that returns to the same page.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final cn.supervision.console.api.ConsoleProperties properties;

    ErrorPages(cn.supervision.console.api.ConsoleProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(SignInAgain.class)
    void signInAgain(SignInAgain e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.info("signing {} in again: {}", request.getRemoteUser(), e.getMessage());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        // a GET page comes back after sign-in; a form post goes back to the page it was sent from
        String back = "GET".equals(request.getMethod()) ? request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                : request.getHeader("Referer") == null ? "/" : request.getHeader("Referer");
        response.sendRedirect(back);
    }

    @ExceptionHandler(Refused.class)
    String refused(Refused e, Model model, HttpServletResponse response) {
        response.setStatus(403);
        // an exception handler's model gets no @ModelAttribute values; the page frame (footer) needs the console's
        model.addAttribute("console", properties);
        model.addAttribute("reason", e.getMessage());
        return "console/refused";
    }

    @ExceptionHandler(ServiceProblem.class)
    String problem(ServiceProblem e, Model model, HttpServletResponse response) {
        response.setStatus(e.status() >= 500 ? 502 : e.status());
        // an exception handler's model gets no @ModelAttribute values; the page frame (footer) needs the console's
        model.addAttribute("console", properties);
        model.addAttribute("reason", e.detail());
        model.addAttribute("service", e.service());
        return switch (e.status()) {
            case 403 -> "console/refused";
            case 404 -> "console/not-found";
            default -> "console/problem";
        };
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unavailable(ResourceAccessException e, Model model, HttpServletResponse response) {
        log.warn("a service did not answer: {}", e.getMessage());
        response.setStatus(503);
        // an exception handler's model gets no @ModelAttribute values; the page frame (footer) needs the console's
        model.addAttribute("console", properties);
        model.addAttribute("reason", "服务暂时无法访问，请稍后重试。");
        return "console/problem";
    }
}
