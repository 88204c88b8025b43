package org.homeward.app.jobs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.jobs.store.JobStore;
import org.homeward.app.security.Credentials;
import org.homeward.app.security.SystemTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Does the queued jobs, one at a time per instance, on its own thread: after a commit that queued
 * one, when the application is ready (jobs an instance left unfinished when it stopped or died are
 * still queued), and every {@code homeward.jobs.sweep-interval} (jobs another instance left when it
 * died). Each job is claimed and done in one transaction, with the file it came with read from the
 * database and the file it made written there; its progress is written in transactions of its own.
 * A job a person asked for starts only while their credential still holds what its kind needs. Only
 * the web application does jobs, not a command run on the console.
 */
@Component
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobStore store;
    private final Credentials credentials;
    /** Looked up when a job is done: the handlers (features' beans) themselves ask for jobs through {@link Jobs}. */
    private final ObjectProvider<JobHandler> handlers;
    private final TransactionTemplate work;
    private final TransactionTemplate apart;
    private final Clock clock;
    private final boolean enabled;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "homeward-jobs"));

    JobRunner(JobStore store, Credentials credentials, ObjectProvider<JobHandler> handlers, PlatformTransactionManager transactions, Clock clock,
            @Value("${homeward.jobs.enabled:true}") boolean enabled, ApplicationContext context) {
        this.store = store;
        this.credentials = credentials;
        this.handlers = handlers;
        this.work = new TransactionTemplate(transactions);
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        // a command on the console (no web application) leaves the jobs it asks for to the running server
        this.enabled = enabled && context instanceof WebApplicationContext;
    }

    /** Starts on the queued jobs (unless this instance does no jobs). */
    void wake() {
        if (enabled && !thread.isShutdown()) {
            thread.execute(this::drain);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        wake();
    }

    @Scheduled(initialDelayString = "${homeward.jobs.sweep-interval:1m}", fixedDelayString = "${homeward.jobs.sweep-interval:1m}")
    void sweep() {
        wake();
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }

    JobHandler handler(String kind) {
        return handlers.orderedStream().filter(h -> h.kind().name().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no handler for jobs of kind " + kind));
    }

    private void drain() {
        try {
            while (!Thread.currentThread().isInterrupted() && doNext()) {
                // one job (with those done together with it) per transaction
            }
        } catch (RuntimeException failed) {
            if (thread.isShutdown()) {
                log.info("Stopping: the background job under way stays queued for the next instance");
            } else {
                log.error("Could not take the next background job; queued jobs wait for the next wake-up", failed);
            }
        }
    }

    /** Claims and does the next queued job; false when none is left for this instance. */
    private boolean doNext() {
        List<JobId> claimed = new ArrayList<>();
        try {
            return Boolean.TRUE.equals(work.execute(tx -> {
                List<JobStore.Claimed> jobs = store.claimNext();
                if (jobs.isEmpty()) {
                    return false;
                }
                JobHandler handler = handler(jobs.get(0).kind());
                List<JobStore.Claimed> permitted = permitted(jobs, handler);
                if (permitted.isEmpty()) {
                    return true;
                }
                permitted.forEach(job -> claimed.add(job.id()));
                JobStore.Claimed job = permitted.get(0);
                apart.executeWithoutResult(t -> claimed.forEach(id -> store.started(id, clock.instant())));
                JobProgress progress = (phase, done, total) -> apart.executeWithoutResult(
                        t -> claimed.forEach(id -> store.progress(id, phase, done, total, clock.instant())));
                Optional<JobFile> input = store.file(job.id(), JobStore.FileRole.INPUT);
                JobResult result = SystemTasks.callAs(job.startedBy(), () -> handler.run(job.parameters(), input, progress));
                if (result.file() != null) {
                    claimed.forEach(id -> store.insertFile(id, JobStore.FileRole.RESULT, result.file()));
                }
                store.finish(claimed, JobStatus.SUCCEEDED, result.text(), null, List.of(), clock.instant());
                return true;
            }));
        } catch (RuntimeException failed) {
            if (claimed.isEmpty() || thread.isShutdown()) {
                throw failed; // stopping: the job stays queued for the next instance to start
            }
            List<InputRefusedException.Problem> problems = List.of();
            if (failed instanceof InputRefusedException refused) {
                problems = refused.problems(); // bad input, answered on the job's page: its transaction wrote nothing
            } else {
                log.error("Background job {} failed", claimed.get(0), failed);
            }
            String reason = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
            List<InputRefusedException.Problem> refusal = problems;
            apart.executeWithoutResult(t -> store.finish(claimed, JobStatus.FAILED, null, reason, refusal, clock.instant()));
            return true;
        }
    }

    /**
     * The claimed jobs whose requesters still hold what their kind needs; the others are refused,
     * finished with the reason in the claiming transaction, so that a person's withdrawn permission
     * fails their own job only, not those done together with it.
     */
    private List<JobStore.Claimed> permitted(List<JobStore.Claimed> jobs, JobHandler handler) {
        List<JobStore.Claimed> permitted = new ArrayList<>();
        for (JobStore.Claimed job : jobs) {
            try {
                job.credential().ifPresent(asked -> credentials.check(asked, handler.kind().permissions(job.parameters())));
                permitted.add(job);
            } catch (AccessDeniedException withdrawn) {
                log.info("Background job {} refused: {}", job.id(), withdrawn.getMessage());
                store.finish(List.of(job.id()), JobStatus.FAILED, null, withdrawn.getMessage(), List.of(), clock.instant());
            }
        }
        return permitted;
    }
}
