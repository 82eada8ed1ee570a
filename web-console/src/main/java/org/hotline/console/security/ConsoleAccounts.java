package org.hotline.console.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.UnknownReferenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The lifecycle of console accounts: create, disable and enable, reset and change a password, change role and
 * department. Every change is written to {@code console_account_audit} with the actor in the same transaction; a
 * change that must end the user's sessions publishes {@link UserSessionsRevoked}. Thread-safe.
 */
@Service
class ConsoleAccounts {

    private static final Logger log = LoggerFactory.getLogger(ConsoleAccounts.class);

    private final ConsoleUserMapper users;
    private final OrgDirectory org;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsoleAccounts(ConsoleUserMapper users, OrgDirectory org, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                    ApplicationEventPublisher events, Clock securityClock) {
        this.users = users;
        this.org = org;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.events = events;
        this.clock = securityClock;
    }

    /** Creates an account whose password its user must change at the first login. */
    @Transactional
    ConsoleUserRow create(String actor, String username, String password, ConsoleRole role, String departmentCode,
                          String displayName) {
        checkDepartment(role, departmentCode);
        policy.check(username, password);
        if (users.findByUsername(username).isPresent()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "user name already taken");
        }
        ConsoleUserRow row = new ConsoleUserRow(username, passwordEncoder.encode(password), role, departmentCode,
            displayName, true, now(), true);
        users.insert(row);
        audit(actor, username, AccountAction.CREATED, role + (departmentCode == null ? "" : " " + departmentCode));
        return row;
    }

    @Transactional
    void setEnabled(String actor, String username, boolean enabled) {
        ConsoleUserRow row = existing(username);
        if (!enabled && row.role() == ConsoleRole.ADMIN && row.enabled() && users.countEnabledAdmins() <= 1) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the last enabled administrator cannot be disabled");
        }
        users.updateEnabled(username, enabled);
        audit(actor, username, enabled ? AccountAction.ENABLED : AccountAction.DISABLED, null);
        if (!enabled) {
            events.publishEvent(new UserSessionsRevoked(username));
        }
    }

    /** Sets a temporary password chosen by an administrator; the user must change it at the next login. */
    @Transactional
    void resetPassword(String actor, String username, String temporaryPassword) {
        existing(username);
        policy.check(username, temporaryPassword);
        users.updatePassword(username, passwordEncoder.encode(temporaryPassword), true, now());
        audit(actor, username, AccountAction.PASSWORD_RESET, null);
        events.publishEvent(new UserSessionsRevoked(username));
    }

    @Transactional
    void changeRole(String actor, String username, ConsoleRole role, String departmentCode) {
        ConsoleUserRow row = existing(username);
        checkDepartment(role, departmentCode);
        if (row.role() == ConsoleRole.ADMIN && role != ConsoleRole.ADMIN && row.enabled()
                && users.countEnabledAdmins() <= 1) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the last enabled administrator keeps the role");
        }
        users.updateRole(username, role, departmentCode);
        audit(actor, username, AccountAction.ROLE_CHANGED, row.role() + (row.departmentCode() == null ? "" : " "
            + row.departmentCode()) + " -> " + role + (departmentCode == null ? "" : " " + departmentCode));
        events.publishEvent(new UserSessionsRevoked(username));
    }

    /**
     * Marks a department user as the department's leader (or no longer): 督办 levels addressed to the department
     * leader reach the account personally. Only a department user may lead; the change is audited.
     */
    @Transactional
    void setDepartmentLeader(String actor, String username, boolean leader) {
        ConsoleUserRow row = existing(username);
        if (leader && row.role() != ConsoleRole.DEPARTMENT) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "only a department user leads a department");
        }
        users.updateDepartmentLeader(username, leader);
        audit(actor, username, AccountAction.LEADER_CHANGED, (leader ? "leader of " : "not leader of ")
            + row.departmentCode());
    }

    /**
     * The user's own change: the current password must match, the new one pass the policy and differ from it.
     *
     * @throws ResponseStatusException 403 when the current password is wrong
     * @throws WeakPasswordException   when the new password is refused
     */
    @Transactional
    void changeOwnPassword(String username, String currentPassword, String newPassword) {
        ConsoleUserRow row = existing(username);
        if (!passwordEncoder.matches(currentPassword, row.passwordHash())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "the current password is wrong");
        }
        if (newPassword.equals(currentPassword)) {
            throw new WeakPasswordException("the new password must differ from the current one");
        }
        policy.check(username, newPassword);
        users.updatePassword(username, passwordEncoder.encode(newPassword), false, now());
        audit(username, username, AccountAction.PASSWORD_CHANGED, null);
    }

    /**
     * Creates the first administrator of an install with a password its user must change at the first login.
     *
     * @throws IllegalStateException when an enabled administrator exists already or the name is taken
     */
    @Transactional
    void bootstrapAdmin(String username, String password) {
        if (users.countEnabledAdmins() > 0) {
            throw new IllegalStateException("an enabled administrator exists already; use the console to add more");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new IllegalStateException("user name " + username + " is taken");
        }
        policy.check(username, password);
        users.insert(new ConsoleUserRow(username, passwordEncoder.encode(password), ConsoleRole.ADMIN, null,
            "Administrator", true, now(), true));
        audit("bootstrap", username, AccountAction.BOOTSTRAPPED, null);
        log.info("first administrator {} created; the password must be changed at the first login", username);
    }

    List<AccountAuditRow> audit(String username) {
        return users.findAudit(username);
    }

    void audit(String actor, String username, AccountAction action, String detail) {
        users.insertAudit(now(), actor, username, action, detail);
        log.info("account {} {} by {}", username, action, actor);
    }

    private ConsoleUserRow existing(String username) {
        return users.findByUsername(username)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such user"));
    }

    private void checkDepartment(ConsoleRole role, String departmentCode) {
        if (role == ConsoleRole.DEPARTMENT) {
            if (departmentCode == null || org.department(departmentCode).isEmpty()) {
                throw new UnknownReferenceException("department", String.valueOf(departmentCode));
            }
        } else if (departmentCode != null) {
            throw new IllegalArgumentException("only department users belong to a department");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
