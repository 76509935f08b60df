package cn.supervision.console.web;

import java.io.IOException;

import cn.supervision.console.api.ConsoleProperties;
import cn.supervision.console.api.ServiceProblem;
import cn.supervision.console.api.SignInAgain;
import cn.supervision.console.signin.Staff;
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

    private final ConsoleProperties console;

    ErrorPages(ConsoleProperties console) {
        this.console = console;
    }

    /** An exception handler's model starts empty (no {@code @ModelAttribute}s): the frame's {@code ${console}} and {@code ${staff}} again. */
    private void frame(Model model, Staff staff) {
        model.addAttribute("console", console);
        model.addAttribute("staff", staff);
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
    String refused(Refused e, Model model, HttpServletResponse response, Staff staff) {
        frame(model, staff);
        response.setStatus(403);
        model.addAttribute("reason", e.getMessage());
        return "console/refused";
    }

    @ExceptionHandler(ServiceProblem.class)
    String problem(ServiceProblem e, Model model, HttpServletResponse response, Staff staff) {
        frame(model, staff);
        response.setStatus(e.status() >= 500 ? 502 : e.status());
        model.addAttribute("reason", e.detail());
        model.addAttribute("service", e.service());
        return switch (e.status()) {
            case 403 -> "console/refused";
            case 404 -> "console/not-found";
            default -> "console/problem";
        };
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unavailable(ResourceAccessException e, Model model, HttpServletResponse response, Staff staff) {
        frame(model, staff);
        log.warn("a service did not answer: {}", e.getMessage());
        response.setStatus(503);
        model.addAttribute("reason", "服务暂时无法访问，请稍后重试。");
        return "console/problem";
    }
}
