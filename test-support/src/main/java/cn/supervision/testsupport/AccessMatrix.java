package cn.supervision.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorisation matrix (权限矩阵): every endpoint of a running service × every role × own/other department,
 * read from a table, called over real HTTP with real tokens of the development issuer.
 * <p>
 * Table rows ({@code |}-separated; {@code #} starts a comment): {@code METHOD | pattern | url | body | expected...}
 * with one expectation per {@link #CALLERS} column: {@code A} = let through (any answer but a problem+json 401/403), {@code D} =
 * refused (403; 401 for the anonymous caller); the refused callers of a row go first. "Own" callers belong to {@code housing-market}, "other" callers to
 * {@code quality-safety}: the test arranges that the records its urls name belong to housing-market. {@code body}
 * is JSON, {@code -} for none, or {@code multipart} for an empty form upload. The endpoint list comes from the
 * application's {@link RequestMappingHandlerMapping}: an endpoint without a row fails, and so does a row without an
 * endpoint. The rows of the shared platform endpoints (audit, dead letters, API docs, error) are in test-support's
 * {@code access-matrix-platform.txt}.
 */
public final class AccessMatrix {

    /** The callers, in column order. */
    public static final List<String> CALLERS = List.of("admin", "auditor", "hm-admin", "qs-admin", "hm-staff", "qs-staff", "hm-inspector-1",
            "qs-inspector-1", "hm-reviewer", "qs-reviewer", "anonymous");

    record Row(String method, String pattern, String url, String body, List<Character> expected, int line) {
    }

    private AccessMatrix() {
    }

    /** Checks the table against the running service at {@code baseUrl}; returns after all rows ran, failing with every mismatch. */
    public static void verify(ApplicationContext context, String baseUrl, String tableResource) {
        List<Row> rows = new ArrayList<>(read(tableResource));
        rows.addAll(read("/access-matrix-platform.txt"));
        List<String> failures = new ArrayList<>();
        Set<String> endpoints = endpoints(context);
        Set<String> covered = new LinkedHashSet<>();
        for (Row row : rows) {
            covered.add(row.method() + " " + row.pattern());
        }
        for (String endpoint : endpoints) {
            if (!covered.contains(endpoint)) {
                failures.add("no row for endpoint " + endpoint + " in " + tableResource);
            }
        }
        for (String row : covered) {
            if (!endpoints.contains(row)) {
                failures.add("row for an endpoint the service does not have: " + row);
            }
        }
        for (Row row : rows) {
            // the callers expected to be refused go first: a refusal changes nothing, so an allowed caller's write
            // cannot turn a later caller's expected 403 into a 409 about the changed state
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                if (row.expected().get(i) == 'D') {
                    order.add(i);
                }
            }
            for (int i = 0; i < CALLERS.size(); i++) {
                if (row.expected().get(i) == 'A') {
                    order.add(i);
                }
            }
            for (int i : order) {
                String caller = CALLERS.get(i);
                Http.Response response = call(caller, row, baseUrl);
                // a refusal of the platform is problem+json; the provincial simulator's own 401 (bad HMAC) is not one
                boolean refused = (response.status() == 401 || response.status() == 403)
                        && response.contentType().startsWith("application/problem+json");
                char expected = row.expected().get(i);
                if (expected == 'A' && refused) {
                    failures.add("line %d: %s %s as %s: expected allowed, got %d %s".formatted(row.line(), row.method(), row.url(), caller,
                            response.status(), response.body()));
                } else if (expected == 'D') {
                    int status = "anonymous".equals(caller) ? 401 : 403;
                    if (response.status() != status) {
                        failures.add("line %d: %s %s as %s: expected %d, got %d %s".formatted(row.line(), row.method(), row.url(), caller,
                                status, response.status(), abbreviate(response.body())));
                    } else if (!response.contentType().startsWith("application/problem+json")) {
                        failures.add("line %d: %s %s as %s: refusal is not problem+json but %s".formatted(row.line(), row.method(), row.url(),
                                caller, response.contentType()));
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " authorisation matrix mismatch(es):\n  " + String.join("\n  ", failures));
        }
    }

    private static Http.Response call(String caller, Row row, String baseUrl) {
        Http.Caller http = "anonymous".equals(caller) ? Http.anonymous() : Http.as(caller);
        String url = baseUrl + row.url();
        String method = "*".equals(row.method()) ? "GET" : row.method();
        if ("-".equals(row.body())) {
            return http.send(method, url, null, null);
        }
        if ("multipart".equals(row.body())) {
            String boundary = "----matrix" + UUID.randomUUID();
            String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"empty.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n\r\n--" + boundary + "--\r\n";
            return http.send(method, url, "multipart/form-data; boundary=" + boundary, form.getBytes(StandardCharsets.UTF_8));
        }
        return http.send(method, url, "application/json", row.body().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code METHOD pattern} of every handler method the application maps. */
    static Set<String> endpoints(ApplicationContext context) {
        Set<String> endpoints = new LinkedHashSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping -> {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add("* " + pattern);
                    }
                    methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
                }
            }
        });
        return endpoints;
    }

    static List<Row> read(String resource) {
        try (InputStream in = AccessMatrix.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no table " + resource + " on the test class path");
            }
            List<Row> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int n = 0; n < lines.length; n++) {
                String line = lines[n].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|");
                if (cells.length != 4 + CALLERS.size()) {
                    throw new IllegalArgumentException(resource + " line " + (n + 1) + ": expected " + (4 + CALLERS.size()) + " cells, got " + cells.length);
                }
                List<Character> expected = new ArrayList<>();
                for (int i = 4; i < cells.length; i++) {
                    String cell = cells[i].strip();
                    if (!cell.equals("A") && !cell.equals("D")) {
                        throw new IllegalArgumentException(resource + " line " + (n + 1) + ": expectation must be A or D, got " + cell);
                    }
                    expected.add(cell.charAt(0));
                }
                rows.add(new Row(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(), expected, n + 1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
