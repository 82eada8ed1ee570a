package org.hotline.console.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who is logged in, and the CSRF token the console sends back as {@code X-XSRF-TOKEN} on
 * state-changing calls made with its session cookie.
 */
@RestController
class MeController {

    private final CurrentUsers currentUsers;

    MeController(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @GetMapping("/api/me")
    Me me(HttpServletRequest request) {
        CurrentUser user = currentUsers.current();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new Me(user.username(), user.role(), user.departmentCode(), csrf == null ? null : csrf.getToken());
    }

    record Me(String username, ConsoleRole role, String departmentCode, String csrfToken) {
    }
}
