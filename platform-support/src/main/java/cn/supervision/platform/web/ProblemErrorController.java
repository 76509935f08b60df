package cn.supervision.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Boot's {@code /error} page, answered as {@code application/problem+json} for API clients: what the container or a
 * filter refused before any handler ran (Spring Security's firewall rejecting {@code %25} or {@code ;}, an unmapped
 * path, a wrong method or media type that never reached {@link ProblemHandler}). A browser ({@code Accept: text/html})
 * still gets the HTML error page of the service (disclosure's public site), handled by the inherited
 * {@code errorHtml}. Nothing of the refused request is echoed back: no message, no exception, no stack trace.
 */
class ProblemErrorController extends BasicErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final MeterRegistry meters;

    ProblemErrorController(ErrorAttributes attributes, ErrorProperties properties, List<ErrorViewResolver> views, MeterRegistry meters) {
        super(attributes, properties, views);
        this.meters = meters;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // bounded tag: the status code, never the path
        meters.counter("supervision.web.refused", "stage", "error-page", "status", String.valueOf(status.value())).increment();
        log.info("refused before a handler: {} {} -> {}", request.getMethod(), uri, status.value());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail(status));
        body.put("errors", List.of(Map.of("field", field(status), "message", message(status))));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** Which part of the request was at fault, as the {@code errors} list of every other refusal names a field. */
    static String field(HttpStatus status) {
        return switch (status.value()) {
            case 405 -> "method";
            case 406 -> "Accept";
            case 415 -> "Content-Type";
            case 413 -> "body";
            case 401 -> "Authorization";
            case 403 -> "roles";
            default -> status.is5xxServerError() ? "request" : "path";
        };
    }

    private static String message(HttpStatus status) {
        return switch (status.value()) {
            case 404 -> "no such resource";
            case 405 -> "method not allowed on this path";
            case 406 -> "no acceptable representation";
            case 415 -> "content type not supported";
            case 413 -> "too large";
            case 400 -> "malformed or disallowed (e.g. an encoded slash, encoded percent or semicolon)";
            default -> status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String detail(HttpStatus status) {
        return status.is5xxServerError() ? "The request could not be completed; it has been logged"
                : "The request was refused before it reached the service: " + message(status);
    }
}
