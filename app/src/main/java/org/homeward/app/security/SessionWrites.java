package org.homeward.app.security;

import java.time.Duration;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Spring Session JDBC marks a session changed on every request (its last access time) and writes its
 * row: one committed UPDATE, with its WAL flush, per page. That time only decides when an idle
 * session expires (after {@code server.servlet.session.timeout}, hours), so the row is written when
 * its stored last access is at least {@link #RESOLUTION} old, or when anything else of it changes
 * (a new id at sign-in, the principal, the timeout); otherwise the UPDATE matches no row and writes
 * nothing. An idle session may so expire up to that much early. Attributes are written as before.
 */
@Component
class SessionWrites implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    static final Duration RESOLUTION = Duration.ofMinutes(1);

    /** Spring Session's update with its parameters in the same order (id, last access, timeout, expiry, principal, primary id). */
    static final String UPDATE = """
            UPDATE %TABLE_NAME% AS s
            SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time, MAX_INACTIVE_INTERVAL = v.max_inactive_interval,
                EXPIRY_TIME = v.expiry_time, PRINCIPAL_NAME = v.principal_name
            FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT), CAST(? AS VARCHAR(100))))
                AS v (session_id, last_access_time, max_inactive_interval, expiry_time, principal_name)
            WHERE s.PRIMARY_ID = ?
              AND (v.last_access_time >= s.LAST_ACCESS_TIME + RESOLUTION_MS OR s.SESSION_ID <> v.session_id
                   OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name)
            """.replace("RESOLUTION_MS", Long.toString(RESOLUTION.toMillis()));

    @Override
    public void customize(JdbcIndexedSessionRepository sessions) {
        sessions.setUpdateSessionQuery(UPDATE);
    }
}
