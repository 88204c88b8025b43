package org.homeward.app.jobs;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.jobs.store.JobStore;
import org.homeward.app.security.Actor;
import org.homeward.app.security.Credential;
import org.homeward.app.security.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
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
 * the job does; a person's job checks them again, with the credential it was asked with, when it
 * starts. A person's own jobs (imports and exports, {@link #start}) are read by that person
 * only, through {@link #own} and {@link #download}, which check the kind's permission again.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Jobs {

    private final JobStore store;
    private final JobRunner runner;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json;

    /**
     * Asks for a job of this kind, done as the system actor {@code startedBy} (a
     * {@link org.homeward.app.security.SystemTasks} name); work starts once the caller's transaction commits.
     */
    @Transactional
    public JobId enqueue(JobKind kind, String parameters, String startedBy) {
        return insert(kind, parameters, startedBy, Optional.empty(), true);
    }

    /**
     * Asks for a job of this kind, done as the current actor, whose credential is checked again when
     * the work starts; work starts once the caller's transaction commits.
     */
    @Transactional
    public JobId enqueue(JobKind kind, String parameters) {
        return insert(kind, parameters, Actor.current().name(), Credential.current(), true);
    }

    /**
     * Asks for the current actor's own job of this kind, done alone, with its {@code parameters} (a
     * record, kept as JSON: {@link FileImportJobs} and {@link FileExportJobs} read them with
     * {@link #parameters}) and on {@code input} (an upload, kept with the job in the database so that
     * any instance can do it; null for none).
     */
    @Transactional
    JobId start(JobKind kind, Object parameters, JobFile input) {
        String kept = json.writeValueAsString(parameters);
        permitted(kind, kept);
        JobId id = insert(kind, kept, Actor.current().name(), Credential.current(), false);
        if (input != null) {
            store.insertFile(id, JobStore.FileRole.INPUT, input);
        }
        return id;
    }

    /** A job's parameters as {@link #start} kept them. */
    <P> P parameters(String parameters, Class<P> type) {
        return json.readValue(parameters, type);
    }

    /** A job's result: {@code value} as JSON, read on the job's page and given as it is in the API's answer. */
    JobResult result(Object value) {
        return JobResult.of(json.writeValueAsString(value));
    }

    /** {@code value} as a JSON file, as the APIs write it. */
    byte[] json(Object value) {
        return json.writeValueAsBytes(value);
    }

    /** The job, when it is one of this kind (a feature reads only its own jobs). */
    @Transactional(readOnly = true)
    public Optional<Job> find(JobId id, JobKind kind) {
        return store.find(id).filter(job -> job.kind().equals(kind.name()));
    }

    /** The current actor's job, while the actor still holds its kind's permission; no one else's. */
    @Transactional(readOnly = true)
    public Job own(JobId id) {
        Job job = store.find(id).filter(found -> found.startedBy().equals(Actor.current().name()))
                .orElseThrow(() -> new NotFoundException("job", id));
        permitted(runner.handler(job.kind()).kind(), job.parameters());
        return job;
    }

    /** The current actor's job as the API answers it. */
    @Transactional(readOnly = true)
    public JobSummary summary(JobId id) {
        return JobSummary.of(own(id), clock.instant());
    }

    /** The file the current actor's job made; its download is audited as the export itself was. */
    @Transactional
    public JobFile download(JobId id) {
        Job job = own(id);
        JobFile file = store.file(id, JobStore.FileRole.RESULT).orElseThrow(() -> new NotFoundException("job result", id));
        events.publishEvent(AuditEvent.of("job.result-downloaded", "job:" + id).with("kind", job.kind()).with("file", file.name())
                .with("bytes", file.content().length));
        return file;
    }

    /** The template showing a succeeded job's result of this kind, if it has one. */
    public Optional<String> resultView(String kind) {
        return runner.handler(kind).resultView();
    }

    private static void permitted(JobKind kind, String parameters) {
        List<Permission> needed = kind.permissions(parameters);
        if (!needed.stream().allMatch(Actor::currentlyHolds)) {
            throw new AccessDeniedException("this job needs " + needed);
        }
    }

    private JobId insert(JobKind kind, String parameters, String startedBy, Optional<Credential> credential, boolean together) {
        JobId id = new JobId(UUID.randomUUID());
        store.insert(id, kind.name(), parameters, startedBy, credential.orElse(null), together, clock.instant());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.wake();
            }
        });
        return id;
    }
}
