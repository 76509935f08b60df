package cn.supervision.registry.access;

import java.util.Collection;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Until authentication exists: everyone may change everything, and "who" is the name the caller gives in the
 * {@code X-Acting-User} header, percent-encoded UTF-8 (the console will send the signed-in user), else {@code staff}.
 */
@Component
class OpenDepartmentScope implements DepartmentScope {

    static final String HEADER = "X-Acting-User";

    @Override
    public ActingUser current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            String name = request.getHeader(HEADER);
            if (name != null && !name.isBlank()) {
                // headers are ASCII: a Chinese name arrives percent-encoded in UTF-8 (王芳 = %E7%8E%8B%E8%8A%B3)
                return new ActingUser(java.net.URLDecoder.decode(name.strip(), java.nio.charset.StandardCharsets.UTF_8), Set.of());
            }
        }
        return new ActingUser("staff", Set.of());
    }

    @Override
    public void authorise(ActingUser user, Collection<String> departments, String field) {
        // open until the security issue: the seam is here, every staff write passes through it
    }
}
