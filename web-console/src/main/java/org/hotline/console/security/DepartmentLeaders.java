package org.hotline.console.security;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The accounts an administrator marked as a department's leader (承办单位领导), read for each use (a designation
 * takes effect at once). Thread-safe.
 */
@Component
public class DepartmentLeaders {

    private final ConsoleUserMapper users;

    DepartmentLeaders(ConsoleUserMapper users) {
        this.users = users;
    }

    /** @return the usernames of the department's enabled leader accounts, possibly none */
    public List<String> of(String departmentCode) {
        return departmentCode == null ? List.of() : users.findDepartmentLeaders(departmentCode);
    }
}
