package org.homeward.app.jobs;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.homeward.app.jobs.store.JobStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Background jobs: {@link #enqueue} records a job in the caller's transaction (so a job is asked for
 * exactly when the change that asks for it commits, and never lost once it has), and an instance
 * starts on it after the commit; any instance reads it with {@link #find}. Permissions are the
 * features': each checks, when a job is asked for and when it is read, the permission of the action
 * the job does.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Jobs {

    private final JobStore store;
    private final JobRunner runner;
    private final Clock clock;

    /**
     * Asks for a job of this kind, done as {@code startedBy} (the {@link org.homeward.app.security.Actor}
     * who asked, or a {@link org.homeward.app.security.SystemTasks} actor); work starts once the caller's
     * transaction commits.
     */
    @Transactional
    public JobId enqueue(String kind, String parameters, String startedBy) {
        JobId id = new JobId(UUID.randomUUID());
        store.insert(id, kind, parameters, startedBy, clock.instant());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.wake();
            }
        });
        return id;
    }

    /** The job, when it is one of this kind (a feature reads only its own jobs). */
    @Transactional(readOnly = true)
    public Optional<Job> find(JobId id, String kind) {
        return store.find(id).filter(job -> job.kind().equals(kind));
    }
}
