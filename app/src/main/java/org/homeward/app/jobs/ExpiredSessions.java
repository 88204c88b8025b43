package org.homeward.app.jobs;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the HTTP sessions that have expired (they live in the database, shared by the instances):
 * one instance per interval does it, instead of Spring Session's cron on every instance. Only where
 * the web server runs, as the sessions do.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ExpiredSessions {

    private final Runnable cleanUp;

    ExpiredSessions(JdbcIndexedSessionRepository sessions, ElectedWork elected,
                    @Value("${homeward.sessions.cleanup-interval:10m}") Duration interval) {
        this.cleanUp = () -> elected.once("expired-sessions", interval, sessions::cleanUpExpiredSessions);
    }

    @Scheduled(initialDelayString = "${homeward.sessions.cleanup-interval:10m}", fixedRateString = "${homeward.sessions.cleanup-interval:10m}")
    void cleanUp() {
        cleanUp.run();
    }
}
