package org.homeward.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * One-time links: a random token, stored as its SHA-256, valid until used or expired. Issuing a
 * new link of a purpose (for a user) retires the unused earlier ones.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OneTimeLinks {

    enum Purpose {
        SETUP("/setup/"), SET_PASSWORD("/password/");

        final String pathPrefix;

        Purpose(String pathPrefix) {
            this.pathPrefix = pathPrefix;
        }
    }

    /** A valid link: its purpose and, for SET_PASSWORD, whose password it sets. */
    record Valid(Purpose purpose, Long userId, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    OneTimeLink issue(Purpose purpose, Long userId, Duration validity) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE one_time_link SET used_at = ? WHERE purpose = ? AND user_id IS NOT DISTINCT FROM ? AND used_at IS NULL")
                .params(UserStore.utc(now), purpose.name(), userId).update();
        String token = Secrets.newSecret("");
        Instant expiresAt = now.plus(validity);
        jdbc.sql("INSERT INTO one_time_link (token_hash, purpose, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(Secrets.sha256(token), purpose.name(), userId, UserStore.utc(now), UserStore.utc(expiresAt))
                .update();
        return new OneTimeLink(purpose.pathPrefix + token, expiresAt);
    }

    Optional<Valid> find(String token, Purpose purpose) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT user_id, expires_at FROM one_time_link
                WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?""")
                .params(Secrets.sha256(token), purpose.name(), UserStore.utc(clock.instant()))
                .query((row, n) -> new Valid(purpose, (Long) row.getObject("user_id"),
                        row.getObject("expires_at", java.time.OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Uses the link up; empty when it was not valid (then nothing changes). */
    Optional<Valid> consume(String token, Purpose purpose) {
        Optional<Valid> valid = find(token, purpose);
        if (valid.isEmpty()) {
            return valid;
        }
        int used = jdbc.sql("UPDATE one_time_link SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
                .params(UserStore.utc(clock.instant()), Secrets.sha256(token)).update();
        return used == 1 ? valid : Optional.empty();
    }
}
