package org.homeward.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Temporary lockout after repeated failed sign-ins: {@code maxFailuresPerAccount} failures for one
 * username, or {@code maxFailuresPerAddress} from one client address, within the lockout period
 * lock that username or address for the lockout period. While locked, sign-ins are refused
 * without checking the password. A success clears the username's failures (not the address's:
 * signing in to one account must not reset guessing at others). Unknown usernames are counted
 * like known ones, so lockout does not reveal which accounts exist.
 *
 * <p>The counters live in memory: a restart clears them, and each process of a multi-process
 * deployment counts its own.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final SecurityProperties properties;
    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, SecurityProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    /** When the username or the address is locked, until when. */
    Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Optional<Instant> account = locked(accountKey(username), now);
        Optional<Instant> client = locked(addressKey(address), now);
        if (account.isPresent() && client.isPresent()) {
            return Optional.of(account.get().isAfter(client.get()) ? account.get() : client.get());
        }
        return account.or(() -> client);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (attempts.size() > MAX_TRACKED) {
            attempts.values().removeIf(entry -> entry.expired(now, properties.lockout()));
        }
        count(accountKey(username), properties.maxFailuresPerAccount(), now);
        count(addressKey(address), properties.maxFailuresPerAddress(), now);
    }

    void succeeded(String username) {
        attempts.remove(accountKey(username));
    }

    private Optional<Instant> locked(String key, Instant now) {
        Attempts entry = attempts.get(key);
        return entry != null && entry.lockedUntil != null && entry.lockedUntil.isAfter(now)
                ? Optional.of(entry.lockedUntil) : Optional.empty();
    }

    private void count(String key, int max, Instant now) {
        Duration window = properties.lockout();
        attempts.compute(key, (k, entry) -> {
            Attempts next = entry == null || entry.expired(now, window) ? new Attempts(now) : entry;
            next.failures++;
            if (next.failures >= max) {
                next.lockedUntil = now.plus(window);
                next.failures = 0;
                next.since = now;
            }
            return next;
        });
    }

    private static String accountKey(String username) {
        return "account:" + username;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static final class Attempts {
        Instant since;
        int failures;
        Instant lockedUntil;

        Attempts(Instant since) {
            this.since = since;
        }

        boolean expired(Instant now, Duration window) {
            boolean lockOver = lockedUntil == null || !lockedUntil.isAfter(now);
            return lockOver && !since.plus(window).isAfter(now);
        }
    }
}
