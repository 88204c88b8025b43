package org.homeward.app.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.homeward.app.jobs.store.JobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the jobs finished longer than {@code homeward.jobs.retention} ago (7 days unless set), with
 * the uploads and exported files kept with them: one instance per hour does it.
 */
@Component
class FinishedJobs {

    private static final Logger log = LoggerFactory.getLogger(FinishedJobs.class);
    private static final Duration INTERVAL = Duration.ofMinutes(60);

    private final Runnable cleanUp;

    FinishedJobs(JobStore store, ElectedWork elected, Clock clock,
                 @Value("${homeward.jobs.retention}") Duration retention) {
        this.cleanUp = () -> elected.once("finished-jobs", INTERVAL, () -> {
            int deleted = store.deleteFinishedBefore(clock.instant().minus(retention)); // one statement: all or none
            log.info("Deleted {} background jobs finished more than {} ago, with their files", deleted, retention);
        });
    }

    @Scheduled(initialDelay = 60, fixedRate = 60, timeUnit = TimeUnit.MINUTES)
    void cleanUp() {
        cleanUp.run();
    }
}
