package org.homeward.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Temporary lockout after repeated failed sign-ins: {@code maxFailuresPerAccount} failures for one
 * username, or {@code maxFailuresPerAddress} from one client address, within the lockout period
 * lock that username or address for the lockout period. While locked, sign-ins are refused
 * without checking the password, and the person is told which lock it is. A success clears the
 * username's failures (not the address's: signing in to one account must not reset guessing at
 * others). Unknown usernames are counted like known ones, so lockout does not reveal which
 * accounts exist.
 *
 * <p>The counters live in the database ({@code sign_in_failures}): every instance of the
 * application counts into the same rows, and a restart does not clear them.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LoginThrottle {

    /** Which counter locked a sign-in, and until when. */
    record Lock(Kind kind, Instant until) {
        enum Kind { ACCOUNT, ADDRESS }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityProperties properties;

    /** The lock that refuses this sign-in now, the later one when both the username and the address are locked. */
    @Transactional(readOnly = true)
    Optional<Lock> lock(String username, String address) {
        Instant now = clock.instant();
        return Stream.of(locked(accountKey(username), Lock.Kind.ACCOUNT, now), locked(addressKey(address), Lock.Kind.ADDRESS, now))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(Lock::until));
    }

    @Transactional
    void failed(String username, String address) {
        Instant now = clock.instant();
        Duration window = properties.lockout();
        jdbc.sql("DELETE FROM sign_in_failures WHERE (locked_until IS NULL OR locked_until <= ?) AND since <= ?")
                .params(UserStore.utc(now), UserStore.utc(now.minus(window))).update();
        count(accountKey(username), properties.maxFailuresPerAccount(), now, window);
        count(addressKey(address), properties.maxFailuresPerAddress(), now, window);
    }

    @Transactional
    void succeeded(String username) {
        jdbc.sql("DELETE FROM sign_in_failures WHERE counter = ?").param(accountKey(username)).update();
    }

    private Optional<Lock> locked(String counter, Lock.Kind kind, Instant now) {
        return jdbc.sql("SELECT locked_until FROM sign_in_failures WHERE counter = ? AND locked_until > ?")
                .params(counter, UserStore.utc(now))
                .query((row, n) -> new Lock(kind, row.getObject(1, OffsetDateTime.class).toInstant())).optional();
    }

    /** One more failure on {@code counter}, under its row lock so that concurrent sign-ins on any instance count each once. */
    private void count(String counter, int max, Instant now, Duration window) {
        jdbc.sql("INSERT INTO sign_in_failures (counter, failures, since) VALUES (?, 0, ?) ON CONFLICT (counter) DO NOTHING")
                .params(counter, UserStore.utc(now)).update();
        int failures = jdbc.sql("SELECT failures FROM sign_in_failures WHERE counter = ? FOR UPDATE").param(counter)
                .query(Integer.class).single();
        boolean locked = failures + 1 >= max;
        // a lock starts a new period; a period without a lock ends after the lockout time
        jdbc.sql("""
                UPDATE sign_in_failures
                SET failures = CASE WHEN ? THEN 0 ELSE failures + 1 END,
                    since = CASE WHEN ? THEN ? ELSE since END,
                    locked_until = CASE WHEN ? THEN ? ELSE locked_until END
                WHERE counter = ?""")
                .params(locked, locked, UserStore.utc(now), locked, UserStore.utc(now.plus(window)), counter).update();
    }

    private static String accountKey(String username) {
        return "account:" + (username.length() > 64 ? username.substring(0, 64) : username);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
