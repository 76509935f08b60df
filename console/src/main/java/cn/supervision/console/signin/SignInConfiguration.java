package cn.supervision.console.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * 登录: everything but health, metrics and the style sheet needs a signed-in person, who signs in at the platform's
 * identity provider (authorization code flow). A page asked for before sign-in, or after the session ended, is
 * remembered and shown again once signed in. Forms carry a CSRF token.
 */
@Configuration
class SignInConfiguration {

    static final String SIGN_IN = "/oauth2/authorization/platform";

    @Bean
    SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus", "/actuator/info", "/console/**",
                                "/signed-out", "/error", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                // straight to the identity provider: there is one, so no page to choose it
                .oauth2Login(login -> login.loginPage(SIGN_IN))
                .logout(logout -> logout.logoutSuccessUrl("/signed-out"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self' "
                                        + "http://127.0.0.1:* http://localhost:*"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
