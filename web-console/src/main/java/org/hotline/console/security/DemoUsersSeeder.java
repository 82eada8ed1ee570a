package org.hotline.console.security;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hotline.workflow.Department;
import org.hotline.workflow.OrgDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo users of the embedded default (password {@code hotline}): agent1 (and agent2), dispatcher1,
 * supervisor1, admin and {@code dept-<code>} for every department. Runs after the sample city is seeded; only creates users
 * that do not exist. Never enabled in production ({@code hotline.seed.demo-users} is false there).
 */
@Component
public class DemoUsersSeeder {

    static final String DEMO_PASSWORD = "hotline";
    private static final Logger log = LoggerFactory.getLogger(DemoUsersSeeder.class);

    private final ConsoleUserMapper users;
    private final OrgDirectory org;
    private final PasswordEncoder passwordEncoder;

    private final boolean enabled;

    DemoUsersSeeder(ConsoleUserMapper users, OrgDirectory org, PasswordEncoder passwordEncoder,
                    @Value("${hotline.seed.demo-users:false}") boolean enabled) {
        this.enabled = enabled;
        this.users = users;
        this.org = org;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates the missing demo users when {@code hotline.seed.demo-users} is on. */
    @Transactional
    public void seed() {
        if (!enabled) {
            return;
        }
        // The demo password is public, so one hash serves every demo account and first start stays fast.
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        List<ConsoleUserRow> wanted = new ArrayList<>();
        wanted.add(user("agent1", ConsoleRole.AGENT, null, "话务员一", hash));
        wanted.add(user("agent2", ConsoleRole.AGENT, null, "话务员二", hash));
        wanted.add(user("dispatcher1", ConsoleRole.DISPATCHER, null, "派单员一", hash));
        wanted.add(user("supervisor1", ConsoleRole.SUPERVISOR, null, "班长一", hash));
        wanted.add(user("admin", ConsoleRole.ADMIN, null, "管理员", hash));
        for (Department department : org.departments()) {
            wanted.add(user("dept-" + department.code().toLowerCase(Locale.ROOT), ConsoleRole.DEPARTMENT,
                department.code(), department.name(), hash));
        }
        int created = 0;
        for (ConsoleUserRow row : wanted) {
            if (users.findByUsername(row.username()).isEmpty()) {
                users.insert(row);
                created++;
            }
        }
        if (created > 0) {
            log.info("demo users created: {} (password '{}')", created, DEMO_PASSWORD);
        }
    }

    private static ConsoleUserRow user(String username, ConsoleRole role, String department, String displayName,
                                       String hash) {
        return new ConsoleUserRow(username, hash, role, department, displayName, true, LocalDateTime.now(), false);
    }
}
