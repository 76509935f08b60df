package cn.supervision.console.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services' APIs as the signed-in person: every call carries their own access token, so a service refuses the
 * console exactly what it would refuse them. JSON answers come back as plain maps and lists, which templates read
 * directly; a refusal becomes a {@link ServiceProblem}, a rejected token {@link SignInAgain}.
 */
@Component
public class PlatformApi {

    private static final Logger log = LoggerFactory.getLogger(PlatformApi.class);
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    static final String REGISTRATION = "platform";

    private final Map<Service, String> baseUrls = new EnumMap<>(Service.class);
    private final RestClient http;
    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final JsonMapper json;

    PlatformApi(ConsoleProperties properties, RestClient.Builder builder, OAuth2AuthorizedClientRepository authorizedClients, JsonMapper json) {
        for (Service service : Service.values()) {
            String url = properties.services().get(service.key);
            if (url == null) {
                throw new IllegalStateException("console.services." + service.key + " is not configured");
            }
            baseUrls.put(service, url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        }
        this.http = builder.build();
        this.authorizedClients = authorizedClients;
        this.json = json;
    }

    /** A path with its {@code {…}} placeholders replaced, in order, by the values encoded as path segments. */
    public static String path(String template, Object... segments) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, at, open).append(UriUtils.encodePathSegment(String.valueOf(segments[next++]), StandardCharsets.UTF_8));
            at = close + 1;
        }
        return out.toString();
    }

    /** A path with the query parameters that have a value (blank ones are left out, as a form sends them). */
    public static String query(String path, Map<String, ?> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(v -> add(query, name, v));
            } else {
                add(query, name, value);
            }
        });
        return query.length() == 0 ? path : path + (path.contains("?") ? "&" : "?") + query;
    }

    private static void add(StringJoiner query, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            query.add(UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8) + "=" + UriUtils.encodeQueryParam(value.toString().trim(), StandardCharsets.UTF_8));
        }
    }

    public Map<String, Object> get(Service service, String path) {
        return call(service, http.get().uri(uri(service, path))).body(OBJECT);
    }

    public List<Map<String, Object>> list(Service service, String path) {
        return call(service, http.get().uri(uri(service, path))).body(LIST);
    }

    public Map<String, Object> post(Service service, String path, Object body) {
        return call(service, http.post().uri(uri(service, path)).contentType(MediaType.APPLICATION_JSON).body(body)).body(OBJECT);
    }

    public Map<String, Object> put(Service service, String path, Object body) {
        return call(service, http.put().uri(uri(service, path)).contentType(MediaType.APPLICATION_JSON).body(body)).body(OBJECT);
    }

    /** A multipart upload (evidence, an Excel import) passed through as the person. */
    public Map<String, Object> upload(Service service, String path, MultiValueMap<String, ?> parts) {
        return call(service, http.post().uri(uri(service, path)).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)).body(OBJECT);
    }

    /** A file the service serves (a transcript, an export, a photo), with its content type and disposition. */
    public ResponseEntity<byte[]> download(Service service, String path) {
        return call(service, http.get().uri(uri(service, path))).toEntity(byte[].class);
    }

    private URI uri(Service service, String path) {
        return URI.create(baseUrls.get(service) + path);
    }

    private RestClient.ResponseSpec call(Service service, RestClient.RequestHeadersSpec<?> request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken())
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (req, response) -> {
                    byte[] body = response.getBody().readAllBytes();
                    int status = response.getStatusCode().value();
                    if (status == 401) {
                        throw new SignInAgain(service.label + " no longer accepts the token");
                    }
                    ServiceProblem problem = problem(service, status, body);
                    log.info("{} refused {} {}: {} {}", service.key, req.getMethod(), req.getURI().getPath(), status, problem.detail());
                    throw problem;
                });
    }

    private ServiceProblem problem(Service service, int status, byte[] body) {
        String title = "HTTP " + status;
        String detail = null;
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            Map<?, ?> parsed = json.readValue(body, Map.class);
            title = parsed.get("title") == null ? title : parsed.get("title").toString();
            detail = parsed.get("detail") == null ? null : parsed.get("detail").toString();
            if (parsed.get("errors") instanceof List<?> errors) {
                for (Object error : errors) {
                    if (error instanceof Map<?, ?> e && e.get("field") != null) {
                        fields.merge(e.get("field").toString(), String.valueOf(e.get("message")), (a, b) -> a + "；" + b);
                    }
                }
            }
        } catch (RuntimeException notJson) {
            detail = new String(body, StandardCharsets.UTF_8);
        }
        return new ServiceProblem(service, status, title, detail, fields);
    }

    private String accessToken() {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) || person == null) {
            throw new SignInAgain("no signed-in person for this call");
        }
        HttpServletRequest request = attributes.getRequest();
        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(REGISTRATION, person, request);
        if (client == null || client.getAccessToken().getExpiresAt() != null && client.getAccessToken().getExpiresAt().isBefore(Instant.now())) {
            throw new SignInAgain("the session's token is missing or expired");
        }
        return client.getAccessToken().getTokenValue();
    }
}
