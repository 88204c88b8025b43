package org.homeward.app.identification;

import static org.homeward.app.security.Permission.IDENTIFICATION_RUN;

import java.util.Optional;

import org.homeward.app.common.NotFoundException;
import org.homeward.app.common.TypedId;
import org.homeward.app.jobs.Job;
import org.homeward.app.jobs.JobFile;
import org.homeward.app.jobs.JobHandler;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobKind;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.jobs.JobResult;
import org.homeward.app.jobs.JobStatus;
import org.homeward.app.jobs.Jobs;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.security.SystemTasks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening runs as background jobs: asked for from the runs page, the API, or by a change in the
 * data ({@link ScreeningTriggers}); any instance does them, one run at a time across instances (the
 * run's advisory lock). A job's result is the id of the run it made, empty when there was nothing
 * new. Asking for one and reading one both need {@code IDENTIFICATION_RUN}.
 */
@Component
public class ScreeningJobs extends JobHandler {

    public static final JobKind KIND = JobKind.of("identification.screening", IDENTIFICATION_RUN);
    private static final String FULL = "full";
    private static final String CHANGES = "changes";

    private final Identification identification;
    private final Jobs jobs;

    ScreeningJobs(Identification identification, Jobs jobs) {
        super(KIND);
        this.identification = identification;
        this.jobs = jobs;
    }

    @Override
    public JobResult run(String parameters, Optional<JobFile> input, JobProgress progress) {
        return JobResult.of(identification.screen(FULL.equals(parameters), progress).map(run -> Long.toString(run.id())).orElse(""));
    }

    /** Asks for a run as the current actor: everything anew ({@code full}) or what is new. */
    @Transactional
    @RequiresPermission(IDENTIFICATION_RUN)
    public JobId start(boolean full) {
        return jobs.enqueue(KIND, full ? FULL : CHANGES);
    }

    /** Asks for a run of everything anew, as the system, in the transaction of the change that calls for it. */
    void screenAll() {
        jobs.enqueue(KIND, FULL, SystemTasks.SCREENING);
    }

    /** Asks for a run of what is new, as the system, in the transaction of the change that calls for it. */
    void screenChanges() {
        jobs.enqueue(KIND, CHANGES, SystemTasks.SCREENING);
    }

    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_RUN)
    public Job job(JobId id) {
        return jobs.find(id, KIND).orElseThrow(() -> new NotFoundException("screening job", id));
    }

    /** The run a finished job made; empty while it runs, when it failed, or when there was nothing new to screen. */
    public static Optional<RunId> runOf(Job job) {
        return job.status() == JobStatus.SUCCEEDED && !job.result().isEmpty() ? Optional.of(TypedId.parse(RunId.class, job.result())) : Optional.empty();
    }
}
