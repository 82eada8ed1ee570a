package org.hotline.console.security;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Console accounts: an administrator lists them, creates, disables and enables them, resets a password, changes
 * role and department, reads an account's audit and issues or revokes integration API keys. Passwords and key
 * hashes are never returned; every change is audited with the administrator who made it.
 */
@RestController
@RequestMapping("/api/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private final ConsoleUserMapper users;
    private final ConsoleAccounts accounts;
    private final IntegrationApiKeys apiKeys;
    private final CurrentUsers currentUsers;

    UserAdminController(ConsoleUserMapper users, ConsoleAccounts accounts, IntegrationApiKeys apiKeys,
                        CurrentUsers currentUsers) {
        this.users = users;
        this.accounts = accounts;
        this.apiKeys = apiKeys;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    List<UserView> list() {
        Set<String> leaders = Set.copyOf(users.findAllDepartmentLeaders());
        return users.findAll().stream().map(row -> UserView.of(row, leaders.contains(row.username()))).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@Valid @RequestBody NewUser request) {
        return UserView.of(accounts.create(actor(), request.username(), request.password(), request.role(),
            request.departmentCode(), request.displayName()), false);
    }

    @PostMapping("/{username}/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@PathVariable String username) {
        accounts.setEnabled(actor(), username, false);
    }

    @PostMapping("/{username}/enable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void enable(@PathVariable String username) {
        accounts.setEnabled(actor(), username, true);
    }

    @PostMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable String username, @Valid @RequestBody PasswordReset request) {
        accounts.resetPassword(actor(), username, request.temporaryPassword());
    }

    @PutMapping("/{username}/role")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeRole(@PathVariable String username, @Valid @RequestBody RoleChange request) {
        accounts.changeRole(actor(), username, request.role(), request.departmentCode());
    }

    /** Marks a department user as its department's leader, who receives the 督办 levels addressed to leaders. */
    @PutMapping("/{username}/leader")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setLeader(@PathVariable String username, @Valid @RequestBody LeaderChange request) {
        accounts.setDepartmentLeader(actor(), username, request.leader());
    }

    @GetMapping("/{username}/audit")
    List<AccountAuditRow> audit(@PathVariable String username) {
        return accounts.audit(username);
    }

    @PostMapping("/{username}/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    IntegrationApiKeys.IssuedApiKey issueKey(@PathVariable String username, @Valid @RequestBody NewApiKey request) {
        return apiKeys.issue(actor(), username, request.label());
    }

    @GetMapping("/{username}/api-keys")
    List<ApiKeyView> keys(@PathVariable String username) {
        return apiKeys.list(username).stream()
            .map(row -> new ApiKeyView(row.id(), row.label(), row.createdAt(), row.createdBy(), row.revokedAt()))
            .toList();
    }

    @DeleteMapping("/{username}/api-keys/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeKey(@PathVariable String username, @PathVariable long id) {
        apiKeys.revoke(actor(), username, id);
    }

    private String actor() {
        return currentUsers.current().username();
    }

    record NewUser(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9_.-]{1,63}") String username,
                   @NotNull @Size(max = PasswordPolicy.MAX_LENGTH) String password,
                   @NotNull ConsoleRole role,
                   @Size(max = 32) String departmentCode,
                   @Size(max = 100) String displayName) {
    }

    record PasswordReset(@NotNull @Size(max = PasswordPolicy.MAX_LENGTH) String temporaryPassword) {
    }

    record RoleChange(@NotNull ConsoleRole role, @Size(max = 32) String departmentCode) {
    }

    record NewApiKey(@NotBlank @Size(max = 100) String label) {
    }

    record ApiKeyView(long id, String label, LocalDateTime createdAt, String createdBy, LocalDateTime revokedAt) {
    }

    record LeaderChange(@NotNull Boolean leader) {
    }

    record UserView(String username, ConsoleRole role, String departmentCode, String displayName, boolean enabled,
                    boolean mustChangePassword, boolean departmentLeader) {
        static UserView of(ConsoleUserRow row, boolean departmentLeader) {
            return new UserView(row.username(), row.role(), row.departmentCode(), row.displayName(), row.enabled(),
                row.mustChangePassword(), departmentLeader);
        }
    }
}
