package org.hotline.console.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a logged-in user must do before anything else. A user whose password was set by someone else (the bootstrap
 * command, an administrator's reset) may only read {@code /api/me} and change the password until that is done; every
 * other API call, and Camunda's REST API under {@code /camunda}, is answered 403 {@code password-change-required};
 * Cockpit's and Admin's pages redirect to the console, which asks for the new password. Likewise a user whose role
 * requires a second factor and who has none may only enrol one ({@code /api/me/totp…}): 403
 * {@code totp-enrolment-required}. HTTP Basic, which cannot carry a second factor, is refused (401
 * {@code second-factor-required}) for users who have or need one.
 */
final class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    private static final Set<String> ALLOWED = Set.of("/api/me", "/api/me/password");
    private static final Set<String> ENROLMENT = Set.of("/api/me", "/api/me/password", "/api/me/totp",
        "/api/me/totp/confirm");

    private final ProblemAuthenticationHandlers problems;
    private final SecondFactorLogin secondFactorLogin;
    private final SecondFactor secondFactor;

    PasswordChangeRequiredFilter(ProblemAuthenticationHandlers problems, SecondFactorLogin secondFactorLogin,
                                 SecondFactor secondFactor) {
        this.problems = problems;
        this.secondFactorLogin = secondFactorLogin;
        this.secondFactor = secondFactor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof HotlineUserDetails user)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean camunda = path.startsWith(CamundaWebappSecurity.PATH + "/");
        boolean camundaPage = camunda && !path.startsWith(CamundaWebappSecurity.PATH + "/api/");
        HttpSession session = request.getSession(false);
        if (basic(request) && SecondFactorLogin.ROLES.contains(user.role())
                && (secondFactorLogin.required(user.role()) || secondFactor.isEnrolled(user.getUsername()))) {
            problems.write(response, request, HttpStatus.UNAUTHORIZED, "second-factor-required",
                "This account logs in with a second factor: use the console's login, or an API key.");
            return;
        }
        if (user.mustChangePassword() && camundaPage) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        if (user.mustChangePassword() && (path.startsWith("/api/") && !ALLOWED.contains(path) || camunda)) {
            problems.write(response, request, HttpStatus.FORBIDDEN, "password-change-required",
                "Choose a new password first (POST /api/me/password).");
            return;
        }
        if (session != null && session.getAttribute(SecondFactorLogin.ENROLMENT_REQUIRED) != null
                && (path.startsWith("/api/") && !ENROLMENT.contains(path) || camunda)) {
            problems.write(response, request, HttpStatus.FORBIDDEN, "totp-enrolment-required",
                "Your role requires a second factor: enrol one first (POST /api/me/totp).");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean basic(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return request.getRequestedSessionId() == null && authorization != null
            && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
