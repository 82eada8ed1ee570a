package org.hotline.console.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code ops/create-admin <name>}: the application started with {@code --hotline.bootstrap.admin=<name>} creates the
 * first administrator with a random one-time password, prints it once on standard output and exits. The password
 * must be changed at the first login. Refused when an enabled administrator exists already.
 */
@Component
@ConditionalOnProperty(name = "hotline.bootstrap.admin")
class AdminBootstrapCommand implements ApplicationRunner {

    private final ConsoleAccounts accounts;
    private final ConfigurableApplicationContext context;
    private final String username;

    AdminBootstrapCommand(ConsoleAccounts accounts, ConfigurableApplicationContext context,
                          Environment environment) {
        this.accounts = accounts;
        this.context = context;
        this.username = environment.getRequiredProperty("hotline.bootstrap.admin");
    }

    @Override
    public void run(ApplicationArguments args) {
        int status = 0;
        try {
            String password = oneTimePassword();
            accounts.bootstrapAdmin(username, password);
            System.out.println("administrator " + username + " created; one-time password (change it at the first "
                + "login): " + password);
        } catch (IllegalStateException | WeakPasswordException e) {
            System.err.println("no administrator created: " + e.getMessage());
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    static String oneTimePassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
