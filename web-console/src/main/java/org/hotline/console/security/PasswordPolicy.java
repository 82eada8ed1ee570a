package org.hotline.console.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a chosen password must be: at least {@code hotline.security.min-password-length} (12) characters, at most
 * {@link #MAX_LENGTH}, not on the list of common passwords shipped in {@code security/common-passwords.txt}
 * (compared in lower case), not one character repeated, and not containing the user name. The one home of these rules;
 * immutable and thread-safe.
 */
final class PasswordPolicy {

    /** bcrypt reads at most 72 bytes; 128 characters bounds the request without cutting a passphrase short. */
    static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private final int minLength;
    private final Set<String> common;

    PasswordPolicy(int minLength, Set<String> common) {
        this.minLength = minLength;
        this.common = Set.copyOf(common);
    }

    static PasswordPolicy withShippedList(int minLength) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            Set<String> common = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    common.add(entry.toLowerCase(Locale.ROOT));
                }
            }
            return new PasswordPolicy(minLength, common);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return why the password is refused, or empty when it is acceptable for this user */
    Optional<String> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            return Optional.of("a password needs at least " + minLength + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("a password has at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("this password is on the list of common passwords");
        }
        if (lower.chars().distinct().count() < 4) {
            return Optional.of("a password needs at least 4 different characters");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("a password must not contain the user name");
        }
        return Optional.empty();
    }

    /**
     * @throws WeakPasswordException when the password is refused
     */
    void check(String username, String password) {
        problem(username, password).ifPresent(reason -> {
            throw new WeakPasswordException(reason);
        });
    }
}
