package cn.supervision.reliability;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every REST endpoint a running service maps, read from its {@code RequestMappingHandlerMapping}: new ones are covered without a list. */
final class Endpoints {

    /**
     * Left out of the hostile corpus, each with why: the provincial simulator is a test tool whose in-memory state is
     * changed by design; credit's daily run and replay check are operator actions that take no input (so there is
     * nothing to be hostile with) and rewrite evaluation dates; Boot's error page is not an endpoint.
     */
    static final Set<String> LEFT_OUT = Set.of("/simulator/", "/admin/daily-run", "/admin/replay-check", "/error");

    /** One method of one path pattern; {@code body} the record type of its JSON body, if any. */
    record Endpoint(Svc service, String method, String pattern, List<String> queryParameters, Class<?> body, boolean multipart, boolean page) {

        boolean writes() {
            return !method.equals("GET");
        }

        List<String> bodyFields() {
            List<String> fields = new ArrayList<>();
            if (body != null && body.isRecord()) {
                for (RecordComponent c : body.getRecordComponents()) {
                    fields.add(c.getName() + ":" + (c.getType() == String.class ? "string" : Number.class.isAssignableFrom(c.getType())
                            || c.getType().isPrimitive() ? "number" : "other"));
                }
            }
            return fields;
        }
    }

    private Endpoints() {
    }

    static List<Endpoint> of(ReliabilityPlatform platform, Svc service) {
        RequestMappingHandlerMapping mapping = platform.context(service).getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            List<String> query = new ArrayList<>();
            Class<?> body = null;
            boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(MediaType.MULTIPART_FORM_DATA::isCompatibleWith);
            for (MethodParameter p : e.getValue().getMethodParameters()) {
                RequestParam param = p.getParameterAnnotation(RequestParam.class);
                if (param != null) {
                    String name = !param.name().isEmpty() ? param.name() : p.getParameterName();
                    if (name != null && !name.isEmpty() && p.getParameterType() != org.springframework.web.multipart.MultipartFile.class) {
                        query.add(name);
                    } else if (p.getParameterType() == org.springframework.web.multipart.MultipartFile.class) {
                        multipart = true;
                    }
                }
                if (p.hasParameterAnnotation(RequestPart.class)) {
                    multipart = true;
                }
                if (p.hasParameterAnnotation(RequestBody.class)) {
                    body = p.getParameterType();
                }
            }
            // a handler without @ResponseBody renders a view: a page of the public web site
            boolean page = !org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(e.getValue().getBeanType(),
                    org.springframework.web.bind.annotation.ResponseBody.class) && !e.getValue().hasMethodAnnotation(
                    org.springframework.web.bind.annotation.ResponseBody.class);
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (LEFT_OUT.stream().anyMatch(pattern::startsWith)) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    endpoints.add(new Endpoint(service, method.name(), pattern, query, body, multipart, page));
                }
            }
        }
        return endpoints;
    }
}
