package cn.supervision.platform.web;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;

/**
 * Every error of every service as {@code application/problem+json} for API clients, also those that never reach a
 * handler (issue 11, hostile input): Boot's {@code /error} page ({@link ProblemErrorController}, replacing Boot's
 * {@code BasicErrorController}) and Tomcat's own error report ({@link ProblemErrorReportValve}). Browsers keep HTML.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebProperties.class)
public class ErrorHandlingAutoConfiguration {

    /** Named like Boot's, which steps back ({@code @ConditionalOnMissingBean(ErrorController.class)}). */
    @Bean(name = "basicErrorController")
    ProblemErrorController problemErrorController(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> views,
            MeterRegistry meters) {
        return new ProblemErrorController(attributes, web.getError(), views.orderedStream().toList(), meters);
    }

    /**
     * Tomcat adds the host's error report valve by class name when it starts (after Boot's customizers have run), as
     * the innermost host valve, so it reports before the plain {@code ErrorReportValve} Boot adds.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
