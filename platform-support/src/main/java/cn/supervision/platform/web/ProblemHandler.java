package cn.supervision.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import cn.supervision.platform.problem.FieldProblem;
import cn.supervision.platform.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every refusal as {@code application/problem+json} (RFC 9457) with an {@code errors} list naming each field at
 * fault. Internal details (stack traces, class names) never reach the client; unexpected errors are logged here.
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> domain(ProblemException e, HttpServletRequest request) {
        return problem(HttpStatus.valueOf(e.status()), e.title(), e.getMessage(), e.errors(), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> beanValidation(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", errors.size() + " field(s) invalid", errors, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = path(jackson);
            String message = describe(jackson);
            return problem(HttpStatus.BAD_REQUEST, "Invalid input", field + ": " + message, List.of(new FieldProblem(field, message)), request);
        }
        if (cause instanceof ProblemException domain) {
            return domain(domain, request);
        }
        if (cause instanceof IllegalArgumentException illegal && illegal.getMessage() != null) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid input", illegal.getMessage(), List.of(new FieldProblem("body", illegal.getMessage())), request);
        }
        return problem(HttpStatus.BAD_REQUEST, "Malformed JSON", "The request body is not valid JSON",
                List.of(new FieldProblem("body", "not valid JSON")), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String message = "has the wrong type or format";
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getName() + ": " + message, List.of(new FieldProblem(e.getName(), message)), request);
    }

    /** A broken or oversized upload is the client's fault: what a half-sent file from a phone in the field looks like. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> brokenUpload(org.springframework.web.multipart.MultipartException e, HttpServletRequest request) {
        if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Upload too large", "The file is larger than this service accepts",
                    List.of(new FieldProblem("file", "too large")), request);
        }
        return problem(HttpStatus.BAD_REQUEST, "Malformed upload", "The multipart body could not be read (cut off or not multipart)",
                List.of(new FieldProblem("file", "malformed multipart body")), request);
    }

    /** Spring's own refusals (wrong method, unsupported media type, missing parameter) already carry a problem body. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse response) {
            ProblemDetail body = response.getBody();
            body.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(response.getStatusCode()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body);
        }
        log.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be completed; it has been logged",
                List.of(), request);
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "unknown value '" + invalid.getValue() + "'; allowed: " + java.util.Arrays.toString(target.getEnumConstants());
            }
            return "has the wrong format";
        }
        if (e instanceof MismatchedInputException) {
            return "has the wrong type";
        }
        Throwable cause = e.getCause();
        if (cause instanceof ProblemException || cause instanceof IllegalArgumentException) {
            return cause.getMessage();
        }
        return "is invalid";
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, List<FieldProblem> errors,
            HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setInstance(URI.create(request.getRequestURI()));
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
