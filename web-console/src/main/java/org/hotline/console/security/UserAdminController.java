package org.hotline.console.security;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.UnknownReferenceException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Console accounts: an administrator lists them and creates new ones. Passwords are never returned. */
@RestController
@RequestMapping("/api/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private final ConsoleUserMapper users;
    private final OrgDirectory org;
    private final PasswordEncoder passwordEncoder;

    UserAdminController(ConsoleUserMapper users, OrgDirectory org, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.org = org;
        this.passwordEncoder = passwordEncoder;
    }

    @GetMapping
    List<UserView> list() {
        return users.findAll().stream().map(UserView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    UserView create(@Valid @RequestBody NewUser request) {
        if (request.role() == ConsoleRole.DEPARTMENT) {
            if (request.departmentCode() == null || org.department(request.departmentCode()).isEmpty()) {
                throw new UnknownReferenceException("department", String.valueOf(request.departmentCode()));
            }
        } else if (request.departmentCode() != null) {
            throw new IllegalArgumentException("only department users belong to a department");
        }
        if (users.findByUsername(request.username()).isPresent()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "user name already taken");
        }
        ConsoleUserRow row = new ConsoleUserRow(request.username(), passwordEncoder.encode(request.password()),
            request.role(), request.departmentCode(), request.displayName(), true, LocalDateTime.now());
        users.insert(row);
        return UserView.of(row);
    }

    record NewUser(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9_.-]{1,63}") String username,
                   @NotBlank @Size(min = 8, max = 128) String password,
                   @NotNull ConsoleRole role,
                   @Size(max = 32) String departmentCode,
                   @Size(max = 100) String displayName) {
    }

    record UserView(String username, ConsoleRole role, String departmentCode, String displayName, boolean enabled) {
        static UserView of(ConsoleUserRow row) {
            return new UserView(row.username(), row.role(), row.departmentCode(), row.displayName(), row.enabled());
        }
    }
}
