package org.hotline.console.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password was set by someone else (the bootstrap command, an administrator's reset) may only read
 * {@code /api/me} and change the password until that is done; every other API call is answered 403
 * {@code password-change-required}.
 */
final class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    private static final Set<String> ALLOWED = Set.of("/api/me", "/api/me/password");

    private final ProblemAuthenticationHandlers problems;

    PasswordChangeRequiredFilter(ProblemAuthenticationHandlers problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication != null && authentication.getPrincipal() instanceof HotlineUserDetails user
                && user.mustChangePassword() && path.startsWith("/api/") && !ALLOWED.contains(path)) {
            problems.write(response, request, HttpStatus.FORBIDDEN, "password-change-required",
                "Choose a new password first (POST /api/me/password).");
            return;
        }
        chain.doFilter(request, response);
    }
}
