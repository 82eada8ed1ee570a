package org.hotline.console.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.server.ResponseStatusException;

/**
 * API keys of integration clients: issued by an administrator for an account, shown once, stored as SHA-256 (a key
 * has 256 random bits, so a fast hash is enough where a password needs bcrypt). A verified key is cached for
 * {@code hotline.security.api-key-cache}, so a busy integration costs one hash per request; revoking a key or
 * disabling its account drops it from this node's cache at once. Thread-safe.
 */
@Service
class IntegrationApiKeys {

    private static final String PREFIX = "hk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyMapper keys;
    private final ConsoleUserMapper users;
    private final ConsoleAccounts accounts;
    private final SecurityProperties properties;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    IntegrationApiKeys(ApiKeyMapper keys, ConsoleUserMapper users, ConsoleAccounts accounts,
                       SecurityProperties properties, Clock securityClock) {
        this.keys = keys;
        this.users = users;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = securityClock;
    }

    /** A new key for the account; the returned key is not stored anywhere and cannot be shown again. */
    @Transactional
    IssuedApiKey issue(String actor, String username, String label) {
        if (users.findByUsername(username).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such user");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiKeyMapper.ApiKeyInsert row = new ApiKeyMapper.ApiKeyInsert(sha256(key), username, label,
            LocalDateTime.now(clock), actor);
        keys.insert(row);
        accounts.audit(actor, username, AccountAction.API_KEY_ISSUED, "key " + row.getId() + " " + label);
        return new IssuedApiKey(row.getId(), key);
    }

    @Transactional
    void revoke(String actor, String username, long id) {
        if (keys.revoke(id, username, LocalDateTime.now(clock)) == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such active key");
        }
        accounts.audit(actor, username, AccountAction.API_KEY_REVOKED, "key " + id);
        cache.values().removeIf(cached -> cached.keyId() == id);
    }

    List<ApiKeyRow> list(String username) {
        return keys.findByUsername(username);
    }

    /** @return the enabled account the key belongs to, or empty for an unknown, revoked or disabled one */
    Optional<HotlineUserDetails> authenticate(String key) {
        if (key == null || !key.startsWith(PREFIX) || key.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(key);
        Instant now = clock.instant();
        Cached cached = cache.get(hash);
        if (cached != null && cached.until().isAfter(now)) {
            return Optional.of(cached.user());
        }
        Optional<HotlineUserDetails> user = keys.findActiveByHash(hash).flatMap(row ->
            users.findByUsername(row.username()).filter(ConsoleUserRow::enabled).map(account -> {
                // The key, not the password, is the credential here: a pending password change does not apply.
                HotlineUserDetails details = HotlineUserDetails.of(account).withPasswordChanged();
                if (cache.size() > 10_000) {
                    cache.clear();
                }
                cache.put(hash, new Cached(row.id(), details, now.plus(properties.getApiKeyCache())));
                return details;
            }));
        if (user.isEmpty()) {
            cache.remove(hash);
        }
        return user;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onRevoked(UserSessionsRevoked revoked) {
        cache.values().removeIf(cached -> cached.user().getUsername().equals(revoked.username()));
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** A freshly issued key: {@code key} is shown to the administrator once. */
    record IssuedApiKey(long id, String key) {
    }

    private record Cached(long keyId, HotlineUserDetails user, Instant until) {
    }
}
