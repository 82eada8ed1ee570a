package org.hotline.console.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Console accounts from {@code console_user}. */
@Service
class ConsoleUserDetailsService implements UserDetailsService {

    private final ConsoleUserMapper users;

    ConsoleUserDetailsService(ConsoleUserMapper users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.isBlank() || username.length() > 64) {
            throw new UsernameNotFoundException("no such user");
        }
        return users.findByUsername(username)
            .map(HotlineUserDetails::of)
            .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
