package org.hotline.console.security;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Login protection and account settings, keys {@code hotline.security.*}; the field initialisers are the defaults.
 */
@ConfigurationProperties("hotline.security")
@Validated
public class SecurityProperties {

    /** Whether the API accepts HTTP Basic (every request runs bcrypt); off in production, where integrations use API keys. */
    private boolean httpBasic = true;
    /** Whether the production start-up checks run (always in production; only test profiles turn them off). */
    private boolean startupChecks = false;
    /** Failures of one account, from addresses it never logged in from, before it is locked for them. */
    @Min(1)
    private int maxAccountFailures = 5;
    /** Failures from one source address, over all accounts, before that address is locked. */
    @Min(1)
    private int maxAddressFailures = 20;
    /** First lock; every further failure doubles it up to {@link #maxLock}. */
    @NotNull
    private Duration firstLock = Duration.ofSeconds(30);
    @NotNull
    private Duration maxLock = Duration.ofMinutes(15);
    /** How long failures are remembered, and an address stays known for an account after a good login. */
    @NotNull
    private Duration failureMemory = Duration.ofHours(24);
    @NotNull
    private Duration knownAddressMemory = Duration.ofDays(30);
    /** Most accounts and addresses tracked; beyond it the oldest entries are forgotten. */
    @Min(100)
    private int maxTracked = 100_000;
    /** How long a verified API key is trusted without asking the database again (revocation on this node is immediate). */
    @NotNull
    private Duration apiKeyCache = Duration.ofSeconds(30);
    /** Shortest password a user may choose. */
    @Min(8)
    private int minPasswordLength = 12;
    /** Reveals of personal data one user may make per {@link #revealWindow}; beyond it reveals are refused. */
    @Min(1)
    private int maxReveals = 20;
    /** Reveals per window above which the supervisors are alerted (still allowed up to {@link #maxReveals}). */
    @Min(1)
    private int revealAlertThreshold = 10;
    @NotNull
    private Duration revealWindow = Duration.ofHours(1);
    /** The second factor (TOTP) of administrators and supervisors. */
    @Valid
    private final Totp totp = new Totp();

    public Totp getTotp() {
        return totp;
    }

    /** Keys {@code hotline.security.totp.*}. */
    public static class Totp {

        /** Roles whose users must enrol (ADMIN, SUPERVISOR); empty: the second factor is optional. */
        private Set<ConsoleRole> requiredRoles = EnumSet.noneOf(ConsoleRole.class);
        /** Secret the stored TOTP secrets are encrypted under; the push secret when empty. Changing it voids enrolments. */
        private String encryptionKey = "";

        public Set<ConsoleRole> getRequiredRoles() {
            return requiredRoles;
        }

        public void setRequiredRoles(Set<ConsoleRole> requiredRoles) {
            this.requiredRoles = requiredRoles.isEmpty() ? EnumSet.noneOf(ConsoleRole.class)
                : EnumSet.copyOf(requiredRoles);
        }

        public String getEncryptionKey() {
            return encryptionKey;
        }

        public void setEncryptionKey(String encryptionKey) {
            this.encryptionKey = encryptionKey;
        }
    }

    public boolean isHttpBasic() {
        return httpBasic;
    }

    public void setHttpBasic(boolean httpBasic) {
        this.httpBasic = httpBasic;
    }

    public boolean isStartupChecks() {
        return startupChecks;
    }

    public void setStartupChecks(boolean startupChecks) {
        this.startupChecks = startupChecks;
    }

    public int getMaxAccountFailures() {
        return maxAccountFailures;
    }

    public void setMaxAccountFailures(int maxAccountFailures) {
        this.maxAccountFailures = maxAccountFailures;
    }

    public int getMaxAddressFailures() {
        return maxAddressFailures;
    }

    public void setMaxAddressFailures(int maxAddressFailures) {
        this.maxAddressFailures = maxAddressFailures;
    }

    public Duration getFirstLock() {
        return firstLock;
    }

    public void setFirstLock(Duration firstLock) {
        this.firstLock = firstLock;
    }

    public Duration getMaxLock() {
        return maxLock;
    }

    public void setMaxLock(Duration maxLock) {
        this.maxLock = maxLock;
    }

    public Duration getFailureMemory() {
        return failureMemory;
    }

    public void setFailureMemory(Duration failureMemory) {
        this.failureMemory = failureMemory;
    }

    public Duration getKnownAddressMemory() {
        return knownAddressMemory;
    }

    public void setKnownAddressMemory(Duration knownAddressMemory) {
        this.knownAddressMemory = knownAddressMemory;
    }

    public int getMaxTracked() {
        return maxTracked;
    }

    public void setMaxTracked(int maxTracked) {
        this.maxTracked = maxTracked;
    }

    public Duration getApiKeyCache() {
        return apiKeyCache;
    }

    public void setApiKeyCache(Duration apiKeyCache) {
        this.apiKeyCache = apiKeyCache;
    }

    public int getMinPasswordLength() {
        return minPasswordLength;
    }

    public void setMinPasswordLength(int minPasswordLength) {
        this.minPasswordLength = minPasswordLength;
    }

    public int getMaxReveals() {
        return maxReveals;
    }

    public void setMaxReveals(int maxReveals) {
        this.maxReveals = maxReveals;
    }

    public int getRevealAlertThreshold() {
        return revealAlertThreshold;
    }

    public void setRevealAlertThreshold(int revealAlertThreshold) {
        this.revealAlertThreshold = revealAlertThreshold;
    }

    public Duration getRevealWindow() {
        return revealWindow;
    }

    public void setRevealWindow(Duration revealWindow) {
        this.revealWindow = revealWindow;
    }
}
