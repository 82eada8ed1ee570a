package org.hotline.console.security;

import java.util.Map;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * Camunda's Cockpit and Admin at {@code /camunda} ({@code camunda.bpm.webapp.application-path}), for ADMIN users of
 * the console only, signed in through the console's own login (single sign-on, {@link ConsoleCamundaAuthentication}).
 * Anyone else is sent to the console's login page (anonymous) or refused (403, any other role); an administrator who
 * must change the password first is refused too, until it is changed. Disabling an administrator ends the session
 * on every node, and with it the Camunda login it carried. The webapp brings
 * its own CSRF protection (cookie {@code CAMUNDA-XSRF-TOKEN}) and its own Content-Security-Policy, which its pages
 * need; the console's stricter policy stays on the console's pages.
 */
@Configuration
class CamundaWebappSecurity {

    static final String PATH = "/camunda";

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebappChain(HttpSecurity http, ProblemAuthenticationHandlers problems,
                                           SecondFactorLogin secondFactorLogin, SecondFactor secondFactor)
            throws Exception {
        http
            // An explicit path matcher: the webapp's resources and REST API are served by servlets other than
            // Spring MVC's, which an MVC pattern would not match.
            .securityMatcher(new AntPathRequestMatcher(PATH + "/**"))
            .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(ConsoleRole.ADMIN.name()))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login.html")))
            .csrf(csrf -> csrf.disable())
            // Whoever must change the password first gets nothing here either.
            .addFilterAfter(new PasswordChangeRequiredFilter(problems, secondFactorLogin, secondFactor), AuthorizationFilter.class);
        return http.build();
    }

    /** After Spring Security's chain (order -100): the authenticated console user becomes Camunda's. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
            new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("camunda-console-sso");
        registration.setInitParameters(Map.of("authentication-provider",
            ConsoleCamundaAuthentication.class.getName()));
        registration.addUrlPatterns(PATH + "/app/*", PATH + "/api/*");
        registration.setOrder(201);
        return registration;
    }
}
