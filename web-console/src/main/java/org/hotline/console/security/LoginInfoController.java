package org.hotline.console.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /login-info}, public: what the login page may show; the demo accounts only where they exist. */
@RestController
class LoginInfoController {

    private final boolean demoUsers;

    LoginInfoController(@Value("${hotline.seed.demo-users:false}") boolean demoUsers,
                        @Value("${hotline.mode:embedded}") String mode) {
        this.demoUsers = demoUsers && "embedded".equals(mode);
    }

    @GetMapping("/login-info")
    LoginInfo info() {
        return new LoginInfo(demoUsers);
    }

    record LoginInfo(boolean demoUsers) {
    }
}
