package org.hotline.console.security;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login's second step for users with a second factor. After the password is accepted, such a session is not
 * authenticated: it only remembers, for {@value #PENDING_MINUTES} minutes, whose code it waits for, and the login
 * page asks for it ({@code /login.html?totp}). {@code POST /login/totp} with {@code code} (a TOTP code or a recovery
 * code) and the CSRF token then authenticates the session under a new id. A wrong code counts as a failed login
 * for the throttle; after {@value #MAX_ATTEMPTS} the password must be given again. A user whose role requires a
 * second factor and who has none is logged in with only the enrolment open ({@link PasswordChangeRequiredFilter}).
 */
@Controller
class SecondFactorLogin {

    static final String PENDING = SecondFactorLogin.class.getName() + ".PENDING";
    static final String ENROLMENT_REQUIRED = SecondFactorLogin.class.getName() + ".ENROLMENT_REQUIRED";
    static final int PENDING_MINUTES = 5;
    static final int MAX_ATTEMPTS = 5;
    /** The roles that may enrol a second factor. */
    static final Set<ConsoleRole> ROLES = Set.of(ConsoleRole.ADMIN, ConsoleRole.SUPERVISOR);

    private final SecondFactor secondFactor;
    private final ConsoleUserMapper users;
    private final SecurityProperties properties;
    private final SessionTermination sessions;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorLogin(SecondFactor secondFactor, ConsoleUserMapper users, SecurityProperties properties,
                      SessionTermination sessions, LoginThrottle throttle, Clock securityClock) {
        this.secondFactor = secondFactor;
        this.users = users;
        this.properties = properties;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = securityClock;
    }

    /** What the session waits for: the user whose password was right, until when, and how many codes failed. */
    private record Pending(HotlineUserDetails user, Instant until, int failures) implements Serializable {
    }

    /** The form login's success: either the login is complete or the second step begins. */
    void passwordAccepted(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (authentication.getPrincipal() instanceof HotlineUserDetails user && ROLES.contains(user.role())) {
            if (secondFactor.isEnrolled(user.getUsername())) {
                SecurityContext empty = SecurityContextHolder.createEmptyContext();
                SecurityContextHolder.setContext(empty);
                contexts.saveContext(empty, request, response);
                request.getSession().setAttribute(PENDING,
                    new Pending(user, clock.instant().plus(Duration.ofMinutes(PENDING_MINUTES)), 0));
                response.sendRedirect("/login.html?totp");
                return;
            }
            if (required(user.role())) {
                request.getSession().setAttribute(ENROLMENT_REQUIRED, Boolean.TRUE);
            }
        }
        sessions.loggedIn(authentication.getName(), request.getSession());
        response.sendRedirect("/");
    }

    boolean required(ConsoleRole role) {
        return ROLES.contains(role) && properties.getTotp().getRequiredRoles().contains(role);
    }

    @PostMapping(path = "/login/totp", consumes = "application/x-www-form-urlencoded")
    void code(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
              HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (pending == null || clock.instant().isAfter(pending.until())) {
            if (session != null) {
                session.removeAttribute(PENDING);
            }
            response.sendRedirect("/login.html?expired");
            return;
        }
        String username = pending.user().getUsername();
        String address = request.getRemoteAddr();
        if (throttle.lockedUntil(username, address).isPresent()) {
            session.removeAttribute(PENDING);
            response.sendRedirect("/login.html?locked");
            return;
        }
        if (code == null || code.length() > 20 || !secondFactor.verify(username, code)) {
            throttle.failed(username, address);
            if (pending.failures() + 1 >= MAX_ATTEMPTS) {
                session.removeAttribute(PENDING);
                response.sendRedirect("/login.html?error");
            } else {
                session.setAttribute(PENDING, new Pending(pending.user(), pending.until(), pending.failures() + 1));
                response.sendRedirect("/login.html?totp&error");
            }
            return;
        }
        session.removeAttribute(PENDING);
        // The account as it is now: disabled or changed between the password and the code means starting over.
        HotlineUserDetails user = users.findByUsername(username).map(HotlineUserDetails::of).orElse(null);
        if (user == null || !user.isEnabled() || user.role() != pending.user().role()) {
            response.sendRedirect("/login.html?error");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
            user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        sessions.loggedIn(username, request.getSession());
        response.sendRedirect("/");
    }
}
