package cn.supervision.platform.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error report, for what Tomcat refuses before the request reaches the application at all (an encoded
 * slash {@code %2F} or an encoded NUL in the path, an undecodable URI): {@code application/problem+json} for API
 * clients instead of Tomcat's HTML page. A browser ({@code Accept: text/html}) keeps the (information-free) HTML page.
 * Installed on the host by {@link ErrorHandlingAutoConfiguration}; Tomcat creates it by class name, hence public.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        String field = status == 413 ? "body" : status >= 500 ? "request" : "path";
        String message = status >= 500 ? "the request could not be completed"
                : status == 400 ? "malformed or disallowed (e.g. an encoded slash or NUL)" : "refused";
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status
                + ",\"detail\":\"The request was refused before it reached the service: " + message + "\",\"errors\":[{\"field\":\"" + field
                + "\",\"message\":\"" + message + "\"}]}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response was already under way: nothing more to tell it
        }
    }

    private static String title(int status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }
}
