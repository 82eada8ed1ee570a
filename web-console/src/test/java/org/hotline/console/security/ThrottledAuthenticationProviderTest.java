package org.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password logins with the real bcrypt encoder: an unknown name costs what a known one does, and is throttled too. */
class ThrottledAuthenticationProviderTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final ConsoleUserRow agent = new ConsoleUserRow("agent9", encoder.encode("river-lantern-73-copper"),
        ConsoleRole.AGENT, null, null, true, LocalDateTime.now(), false);
    private final ThrottledAuthenticationProvider provider;

    ThrottledAuthenticationProviderTest() {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(encoder);
        dao.setUserDetailsService(name -> {
            if (name.equals(agent.username())) {
                return HotlineUserDetails.of(agent);
            }
            throw new UsernameNotFoundException("no such user");
        });
        SecurityProperties properties = new SecurityProperties();
        properties.setMaxAccountFailures(100);
        properties.setMaxAddressFailures(100);
        provider = new ThrottledAuthenticationProvider(dao, new LoginThrottle(properties, Clock.systemUTC()));
    }

    @Test
    void anUnknownUserCostsAsMuchAsAWrongPasswordForAKnownOne() {
        attempt("agent9");
        attempt("ghost");
        long known = median("agent9");
        long unknown = median("ghost");
        assertThat(unknown).as("unknown %d ns vs known %d ns", unknown, known).isGreaterThan(known / 2);
    }

    @Test
    void unknownUsersAreThrottledLikeKnownOnes() {
        SecurityProperties properties = new SecurityProperties();
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(encoder);
        dao.setUserDetailsService(name -> {
            throw new UsernameNotFoundException("no such user");
        });
        ThrottledAuthenticationProvider strict = new ThrottledAuthenticationProvider(dao,
            new LoginThrottle(properties, Clock.systemUTC()));
        for (int i = 0; i < properties.getMaxAccountFailures(); i++) {
            assertThatThrownBy(() -> strict.authenticate(token("ghost", "guess")))
                .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> strict.authenticate(token("ghost", "guess")))
            .isInstanceOf(LoginLockedException.class);
    }

    private long median(String username) {
        long[] times = new long[7];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            attempt(username);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    private void attempt(String username) {
        assertThatThrownBy(() -> provider.authenticate(token(username, "wrong-password-x")))
            .isInstanceOf(BadCredentialsException.class);
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
