package cn.supervision.console.signin;

import java.util.List;

import cn.supervision.console.api.ConsoleProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The signed-in person on every page ({@code ${staff}}, for the header and for what a page offers) and as a
 * controller parameter ({@code Staff staff}).
 */
@Configuration
@ControllerAdvice
class StaffModel implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final ConsoleProperties properties;

    StaffModel(ConsoleProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("staff")
    Staff staff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof OAuth2User user)) {
            return null;
        }
        return Staff.of(user.getAttributes(), properties.departmentName(user.getAttribute("department")));
    }

    @ModelAttribute("console")
    ConsoleProperties console() {
        return properties;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Staff.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request, WebDataBinderFactory binders) {
        return staff();
    }
}
