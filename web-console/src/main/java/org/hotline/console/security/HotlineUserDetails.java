package org.hotline.console.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A console account as Spring Security sees it; carries the role and department for {@link CurrentUser} and whether
 * the password must be changed before anything else.
 */
final class HotlineUserDetails implements UserDetails {

    private final String username;
    private final String passwordHash;
    private final ConsoleRole role;
    private final String departmentCode;
    private final boolean enabled;
    private final boolean mustChangePassword;

    HotlineUserDetails(String username, String passwordHash, ConsoleRole role, String departmentCode, boolean enabled,
                       boolean mustChangePassword) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.departmentCode = departmentCode;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
    }

    static HotlineUserDetails of(ConsoleUserRow row) {
        return new HotlineUserDetails(row.username(), row.passwordHash(), row.role(), row.departmentCode(),
            row.enabled(), row.mustChangePassword());
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(username, role, departmentCode);
    }

    ConsoleRole role() {
        return role;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The same account after its user chose a new password. */
    HotlineUserDetails withPasswordChanged() {
        return new HotlineUserDetails(username, null, role, departmentCode, enabled, false);
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
