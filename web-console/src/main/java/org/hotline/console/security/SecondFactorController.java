package org.hotline.console.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The second factor of administrators and supervisors (see {@link SecondFactor}).
 * <ul>
 *   <li>{@code POST /api/me/totp} → 200 {@code {"secret":"BASE32…","otpauthUri":"otpauth://totp/…"}}: begins an
 *       enrolment (409 when enrolled already); the secret is never shown again.</li>
 *   <li>{@code POST /api/me/totp/confirm} {@code {"code":"123456"}} → 200 {@code {"recoveryCodes":[…10]}}: the
 *       second factor is on from the next login (422 for a wrong code).</li>
 *   <li>{@code POST /api/me/totp/disable} {@code {"code":…}} (a code or a recovery code) → 204; 409 when the role
 *       requires a second factor ({@code hotline.security.totp.required-roles}).</li>
 *   <li>{@code POST /api/admin/users/{username}/totp/reset} (ADMIN) → 204: removes a user's second factor.</li>
 * </ul>
 * Each change is audited in {@code console_account_audit}.
 */
@RestController
class SecondFactorController {

    private final SecondFactor secondFactor;
    private final SecondFactorLogin login;
    private final CurrentUsers currentUsers;

    SecondFactorController(SecondFactor secondFactor, SecondFactorLogin login, CurrentUsers currentUsers) {
        this.secondFactor = secondFactor;
        this.login = login;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/api/me/totp")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    SecondFactor.Enrolment begin() {
        return secondFactor.begin(currentUsers.current().username());
    }

    @PostMapping("/api/me/totp/confirm")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    RecoveryCodes confirm(@Valid @RequestBody Code code, HttpServletRequest request) {
        List<String> codes = secondFactor.confirm(currentUsers.current().username(), code.code());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SecondFactorLogin.ENROLMENT_REQUIRED);
        }
        return new RecoveryCodes(codes);
    }

    @PostMapping("/api/me/totp/disable")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@Valid @RequestBody Code code) {
        CurrentUser user = currentUsers.current();
        secondFactor.disable(user.username(), user.role(), code.code(), login.required(user.role()));
    }

    @PostMapping("/api/admin/users/{username}/totp/reset")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset(@PathVariable String username) {
        secondFactor.reset(currentUsers.current().username(), username);
    }

    record Code(@NotNull @Size(max = 20) String code) {
    }

    record RecoveryCodes(List<String> recoveryCodes) {
    }
}
