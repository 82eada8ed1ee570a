package org.hotline.console.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A console account as Spring Security sees it; carries the role and department for {@link CurrentUser}. */
final class HotlineUserDetails implements UserDetails {

    private final String username;
    private final String passwordHash;
    private final ConsoleRole role;
    private final String departmentCode;
    private final boolean enabled;

    HotlineUserDetails(String username, String passwordHash, ConsoleRole role, String departmentCode, boolean enabled) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.departmentCode = departmentCode;
        this.enabled = enabled;
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(username, role, departmentCode);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
