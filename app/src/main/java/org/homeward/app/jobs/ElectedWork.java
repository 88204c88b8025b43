package org.homeward.app.jobs;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Scheduled work done once per interval by one instance of several (ShedLock on the database's
 * clock): the instance that takes the task holds it for nine tenths of the interval, so the others,
 * whose schedules fire at other moments, pass; when it stops, another takes over within an interval.
 */
@Component
public class ElectedWork {

    private final LockingTaskExecutor executor;
    private final Clock clock;

    ElectedWork(DataSource dataSource, Clock clock) {
        this.clock = clock;
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()));
    }

    /** Runs {@code task} here unless another instance has run it within nine tenths of {@code interval}. */
    public void once(String name, Duration interval, Runnable task) {
        Duration held = interval.minus(interval.dividedBy(10));
        executor.executeWithLock(task, new LockConfiguration(clock.instant(), name, held, held));
    }
}
