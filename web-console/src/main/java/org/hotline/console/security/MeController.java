package org.hotline.console.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who is logged in, whether the password must be changed first, whether a second factor is
 * enrolled ({@code totpEnrolled}) or must be enrolled first ({@code totpEnrolmentRequired}), and the CSRF token the
 * console sends back as {@code X-XSRF-TOKEN} on state-changing calls made with its session cookie.
 * {@code POST /api/me/password}: the user changes the own password.
 */
@RestController
class MeController {

    private final CurrentUsers currentUsers;
    private final ConsoleAccounts accounts;
    private final SecondFactor secondFactor;
    private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    MeController(CurrentUsers currentUsers, ConsoleAccounts accounts, SecondFactor secondFactor) {
        this.currentUsers = currentUsers;
        this.accounts = accounts;
        this.secondFactor = secondFactor;
    }

    @GetMapping("/api/me")
    Me me(HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean mustChange = SecurityContextHolder.getContext().getAuthentication().getPrincipal()
            instanceof HotlineUserDetails details && details.mustChangePassword();
        boolean enrolmentRequired = request.getSession(false) != null
            && request.getSession(false).getAttribute(SecondFactorLogin.ENROLMENT_REQUIRED) != null;
        boolean enrolled = SecondFactorLogin.ROLES.contains(user.role()) && secondFactor.isEnrolled(user.username());
        return new Me(user.username(), user.role(), user.departmentCode(), csrf == null ? null : csrf.getToken(),
            mustChange, enrolled, enrolmentRequired);
    }

    @PostMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@Valid @RequestBody PasswordChange change, HttpServletRequest request,
                        HttpServletResponse response) {
        CurrentUser user = currentUsers.current();
        accounts.changeOwnPassword(user.username(), change.currentPassword(), change.newPassword());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication.getPrincipal() instanceof HotlineUserDetails details && request.getSession(false) != null) {
            // The session keeps working without the must-change flag, under a new id.
            HotlineUserDetails changed = details.withPasswordChanged();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed, null,
                changed.getAuthorities()));
            SecurityContextHolder.setContext(context);
            request.changeSessionId();
            sessionContexts.saveContext(context, request, response);
        }
    }

    record Me(String username, ConsoleRole role, String departmentCode, String csrfToken, boolean mustChangePassword,
              boolean totpEnrolled, boolean totpEnrolmentRequired) {
    }

    record PasswordChange(@NotNull @Size(max = PasswordPolicy.MAX_LENGTH) String currentPassword,
                          @NotNull @Size(max = PasswordPolicy.MAX_LENGTH) String newPassword) {
    }
}
