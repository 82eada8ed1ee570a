package org.hotline.console.security;

import java.time.Clock;
import java.util.Arrays;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. The REST API accepts the console's session cookie, an integration's API key
 * ({@value ApiKeyAuthenticationFilter#HEADER}) and, unless {@code hotline.security.http-basic=false} (production),
 * HTTP Basic; pages use form login. Password logins go through the {@link LoginThrottle}. Endpoints state their roles
 * with {@code @PreAuthorize}; everything else, the OpenAPI document included, needs a login at least. Failures of the
 * API are {@code application/problem+json}, never a login page.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final RequestMatcher API = new AntPathRequestMatcher("/api/**");
    /** The channels' inbound endpoints: public, each verifies its own signature (HMAC, WeChat's SHA-1). */
    private static final String[] CHANNEL_INBOUND = {"/api/channel/**", "/channel/**"};

    /**
     * No observation of the security filters, the authentication manager or the authorization manager. Nothing here
     * reads them, and switching them off by property ({@code management.observations.enable}) still wrapped every
     * filter of every request in a decorator that asked whether to observe it: a tenth of the public intake's CPU.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemAuthenticationHandlers problems,
                                            SecurityProperties properties, AuthenticationManager authenticationManager,
                                            IntegrationApiKeys apiKeys,
                                            LoginThrottle throttle, SecondFactorLogin secondFactorLogin,
                                            SecondFactor secondFactor) throws Exception {
        CsrfTokenRequestAttributeHandler consoleCsrf = new CsrfTokenRequestAttributeHandler();
        consoleCsrf.setCsrfRequestAttributeName(null);
        RequestMatcher channelInbound = new OrRequestMatcher(Arrays.stream(CHANNEL_INBOUND)
            .map(pattern -> (RequestMatcher) new AntPathRequestMatcher(pattern)).toList());
        // The console's pages read the token from the XSRF-TOKEN cookie, so it is loaded (and the cookie set) on
        // every request; the channels' public endpoints need none, and their clients get no cookie.
        CsrfTokenRequestHandler csrfHandler = new CsrfTokenRequestHandler() {
            @Override
            public void handle(HttpServletRequest request, HttpServletResponse response,
                               Supplier<CsrfToken> token) {
                if (!channelInbound.matches(request)) {
                    consoleCsrf.handle(request, response, token);
                }
            }

            @Override
            public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
                return consoleCsrf.resolveCsrfTokenValue(request, token);
            }
        };
        http
            .authenticationManager(authenticationManager)
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/login.html", "/login/totp", "/login-info", "/css/**", "/js/**", "/i18n/**", "/webjars/**",
                    "/favicon.ico", "/favicon.svg", "/error")
                .permitAll()
                .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                // Channel intake is authenticated by each channel's signature, not by a login.
                .requestMatchers(CHANNEL_INBOUND).permitAll()
                .requestMatchers(HttpMethod.GET, "/api/public/**").permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login.html")
                .loginProcessingUrl("/login")
                .successHandler(secondFactorLogin::passwordAccepted)
                .failureHandler((request, response, e) -> response.sendRedirect(
                    e instanceof LoginLockedException ? "/login.html?locked" : "/login.html?error"))
                .permitAll())
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login.html?logout"))
            // Sessions are established by the form login only (with a new id); requests authenticated by their own
            // credentials (API key, HTTP Basic) create none.
            .sessionManagement(session -> session.requireExplicitAuthenticationStrategy(true))
            .exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor(problems, API)
                .defaultAccessDeniedHandlerFor(problems, API))
            // Only a request that brings its own credentials and no session cannot be forged by another site: it is
            // authenticated by them or refused. Anything with a session needs the token from the XSRF-TOKEN cookie
            // as X-XSRF-TOKEN, whatever other headers it carries.
            .csrf(csrf -> csrf
                .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                .csrfTokenRequestHandler(csrfHandler)
                .ignoringRequestMatchers(request -> credentialsOnly(request, properties))
                .ignoringRequestMatchers(channelInbound))
            .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, throttle, problems), BasicAuthenticationFilter.class)
            .addFilterAfter(new PasswordChangeRequiredFilter(problems, secondFactorLogin, secondFactor),
                AuthorizationFilter.class)
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                    "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; media-src 'self' blob:; "
                        + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; "
                        + "base-uri 'none'; object-src 'none'")));
        if (properties.isHttpBasic()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        } else {
            http.httpBasic(basic -> basic.disable());
        }
        return http.build();
    }

    private static boolean credentialsOnly(HttpServletRequest request, SecurityProperties properties) {
        if (request.getRequestedSessionId() != null) {
            return false;
        }
        String authorization = request.getHeader("Authorization");
        boolean basic = properties.isHttpBasic() && authorization != null
            && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        return basic || request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null;
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(passwordEncoder);
        passwords.setUserDetailsService(users);
        ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
        // The console's principal carries the role; its password hash is erased after authentication.
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    @Bean
    LoginThrottle loginThrottle(SecurityProperties properties, Clock securityClock) {
        return new LoginThrottle(properties, securityClock);
    }

    @Bean
    PasswordPolicy passwordPolicy(SecurityProperties properties) {
        return PasswordPolicy.withShippedList(properties.getMinPasswordLength());
    }

    @Bean
    Clock securityClock() {
        return Clock.systemUTC();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
