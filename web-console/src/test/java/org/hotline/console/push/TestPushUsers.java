package org.hotline.console.push;

import java.util.UUID;

import org.hotline.console.security.ConsoleRole;
import org.hotline.console.security.CurrentUser;

/** The object mother of the push tests: console users with unique names, so runs never see each other's data. */
final class TestPushUsers {

    private TestPushUsers() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static CurrentUser agent() {
        return new CurrentUser(unique("agent"), ConsoleRole.AGENT, null);
    }

    static CurrentUser dispatcher() {
        return new CurrentUser(unique("dispatcher"), ConsoleRole.DISPATCHER, null);
    }

    static CurrentUser departmentStaff(String departmentCode) {
        return new CurrentUser(unique("dept"), ConsoleRole.DEPARTMENT, departmentCode);
    }

    static CurrentUser supervisor() {
        return new CurrentUser(unique("supervisor"), ConsoleRole.SUPERVISOR, null);
    }

    static CurrentUser admin() {
        return new CurrentUser(unique("admin"), ConsoleRole.ADMIN, null);
    }
}
