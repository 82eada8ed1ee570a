package org.hotline.console.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves the {@link CurrentUser} of the current request. Thread-safe; reads Spring Security's context.
 */
@Component
public class CurrentUsers {

    /**
     * @return the authenticated user of this request
     * @throws AuthenticationCredentialsNotFoundException when nobody is logged in
     */
    public CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HotlineUserDetails details) {
            return details.toCurrentUser();
        }
        throw new AuthenticationCredentialsNotFoundException("not logged in");
    }
}
