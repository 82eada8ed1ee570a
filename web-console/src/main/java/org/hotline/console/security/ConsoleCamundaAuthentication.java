package org.hotline.console.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Single sign-on into Camunda's Cockpit and Admin: the console user signed in to Spring Security is the Camunda
 * user, when an administrator. The console user is mirrored into Camunda's identity tables on first use, as a
 * member of {@code camunda-admin}, with a random password nobody knows: there is no second password, and Camunda's
 * own login form admits no one. Instantiated by {@code ContainerBasedAuthenticationFilter}; thread-safe.
 */
public class ConsoleCamundaAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ConsoleCamundaAuthentication.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Users mirrored, per engine (each test context has its own database). */
    private static final Map<ProcessEngine, Set<String>> MIRRORED = new WeakHashMap<>();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getAuthorities().stream()
                .noneMatch(authority -> ConsoleRole.ADMIN.authority().equals(authority.getAuthority()))
                || authentication.getPrincipal() instanceof HotlineUserDetails user && user.mustChangePassword()) {
            return AuthenticationResult.unsuccessful();
        }
        String username = authentication.getName();
        mirror(engine, username);
        AuthenticationResult result = AuthenticationResult.successful(username);
        result.setGroups(List.of(Groups.CAMUNDA_ADMIN));
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security has already sent anyone without an administrator's console session to the login page.
    }

    private static void mirror(ProcessEngine engine, String username) {
        synchronized (MIRRORED) {
            Set<String> mirrored = MIRRORED.computeIfAbsent(engine, key -> new HashSet<>());
            if (mirrored.contains(username)) {
                return;
            }
            IdentityService identity = engine.getIdentityService();
            if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
                Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
                group.setName("Camunda administrators (console ADMIN users)");
                group.setType(Groups.GROUP_TYPE_SYSTEM);
                identity.saveGroup(group);
            }
            if (identity.createUserQuery().userId(username).count() == 0) {
                User user = identity.newUser(username);
                user.setFirstName(username);
                user.setLastName("(hotline console)");
                byte[] secret = new byte[32];
                RANDOM.nextBytes(secret);
                user.setPassword(Base64.getEncoder().encodeToString(secret));
                identity.saveUser(user);
                log.info("console administrator {} mirrored into Camunda's identity", username);
            }
            if (identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
                identity.createMembership(username, Groups.CAMUNDA_ADMIN);
            }
            mirrored.add(username);
        }
    }
}
