package org.hotline.console.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@value #HEADER} as the account the key was issued to; no session is
 * created. A wrong key is answered 401 at once (never falls back to another credential) and counts as a failed login
 * of the source address, so keys cannot be guessed faster than passwords.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Hotline-Api-Key";
    private static final String THROTTLE_ACCOUNT = "api-key";

    private final IntegrationApiKeys keys;
    private final LoginThrottle throttle;
    private final ProblemAuthenticationHandlers problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final RequestAttributeSecurityContextRepository requestContexts =
        new RequestAttributeSecurityContextRepository();

    ApiKeyAuthenticationFilter(IntegrationApiKeys keys, LoginThrottle throttle, ProblemAuthenticationHandlers problems) {
        this.keys = keys;
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Instant> locked = throttle.lockedUntil(THROTTLE_ACCOUNT, address);
        if (locked.isPresent()) {
            problems.commence(request, response, new LoginLockedException(locked.get()));
            return;
        }
        Optional<HotlineUserDetails> user = keys.authenticate(key);
        if (user.isEmpty()) {
            throttle.failed(THROTTLE_ACCOUNT, address);
            problems.write(response, request, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unknown or revoked API key.");
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
            user.get().getAuthorities()));
        contexts.setContext(context);
        // Like HTTP Basic: the context lives for this request only, so session management creates no session.
        requestContexts.saveContext(context, request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
