package org.hotline.console.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows and locks password guessing (等保 登录失败处理), per account and per source address, with a lock that doubles
 * with every further failure up to a ceiling. An account's lock holds only against addresses it has never logged in
 * from, so an attacker can lock his own addresses and strangers out of an account but not its owner at the usual
 * workstation. Unknown user names are counted like real ones. Node-local and bounded in size; thread-safe.
 */
final class LoginThrottle {

    private final SecurityProperties properties;
    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final Map<String, Instant> knownAddresses = new ConcurrentHashMap<>();

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** @return until when this attempt is refused without checking the password, or empty when it may proceed */
    Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant byAddress = until(addresses.get(address), properties.getMaxAddressFailures(), now);
        Instant byAccount = isKnown(username, address, now)
                ? null : until(accounts.get(account(username)), properties.getMaxAccountFailures(), now);
        Instant later = byAddress == null ? byAccount
                : byAccount == null || byAddress.isAfter(byAccount) ? byAddress : byAccount;
        return Optional.ofNullable(later);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        prune(now);
        addresses.merge(address, new Failures(1, now), (old, one) -> old.next(now, properties.getFailureMemory()));
        accounts.merge(account(username), new Failures(1, now),
                (old, one) -> old.next(now, properties.getFailureMemory()));
    }

    void succeeded(String username, String address) {
        Instant now = clock.instant();
        prune(now);
        addresses.remove(address);
        accounts.remove(account(username));
        knownAddresses.put(account(username) + "\n" + address, now);
    }

    private boolean isKnown(String username, String address, Instant now) {
        Instant seen = knownAddresses.get(account(username) + "\n" + address);
        return seen != null && seen.plus(properties.getKnownAddressMemory()).isAfter(now);
    }

    private Instant until(Failures failures, int allowed, Instant now) {
        if (failures == null || failures.count() < allowed) {
            return null;
        }
        int beyond = Math.min(failures.count() - allowed, 20);
        Duration lock = properties.getFirstLock().multipliedBy(1L << beyond);
        if (lock.compareTo(properties.getMaxLock()) > 0) {
            lock = properties.getMaxLock();
        }
        Instant until = failures.last().plus(lock);
        return until.isAfter(now) ? until : null;
    }

    private void prune(Instant now) {
        // A flood of made-up names or addresses must not grow memory without bound: past the cap, forget what is
        // oldest-looking first (expired entries), then everything, which only ever makes the throttle more lenient.
        int cap = properties.getMaxTracked();
        if (accounts.size() + addresses.size() + knownAddresses.size() <= cap) {
            return;
        }
        Instant forgotten = now.minus(properties.getFailureMemory());
        accounts.values().removeIf(f -> f.last().isBefore(forgotten));
        addresses.values().removeIf(f -> f.last().isBefore(forgotten));
        knownAddresses.values().removeIf(seen -> seen.plus(properties.getKnownAddressMemory()).isBefore(now));
        if (accounts.size() > cap / 2) {
            accounts.clear();
        }
        if (addresses.size() > cap / 2) {
            addresses.clear();
        }
        if (knownAddresses.size() > cap / 2) {
            knownAddresses.clear();
        }
    }

    private static String account(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {
        Failures next(Instant now, Duration memory) {
            return last.plus(memory).isBefore(now) ? new Failures(1, now) : new Failures(count + 1, now);
        }
    }
}
