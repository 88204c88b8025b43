package org.homeward.app.registry;

import static org.homeward.app.security.Permission.PROFILES_WRITE;

import java.util.Objects;
import java.util.Optional;

import org.homeward.app.genetics.LabImport;
import org.homeward.app.jobs.JobFile;
import org.homeward.app.jobs.JobHandler;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobKind;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.jobs.JobResult;
import org.homeward.app.jobs.Jobs;
import org.homeward.app.security.RequiresPermission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Lab results for reference samples as background jobs: the uploaded file is kept with its job, and
 * whichever instance claims the job attaches it ({@link ReferenceSamples#attachLabResults}) in the
 * job's one transaction, all or nothing. The result is the {@code LabImport} as JSON; a refused
 * file fails the job with each problem at its line and field.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LabResultJobs implements JobHandler {

    static final JobKind KIND = JobKind.of("registry.lab-results", PROFILES_WRITE);

    private final ReferenceSamples samples;
    private final Jobs jobs;

    @Override
    public JobKind kind() {
        return KIND;
    }

    @Override
    public JobResult run(String parameters, Optional<JobFile> input, JobProgress progress) {
        JobFile file = JobFile.uploaded(input);
        return jobs.result(samples.attachLabResults(file.name(), file.content(), progress));
    }

    @Override
    public Optional<String> resultView() {
        return Optional.of(LabImport.RESULT_VIEW);
    }

    /** Asks for {@code file} (GeneMapper export or CODIS CMF) to be attached, as the current actor. */
    @Transactional
    @RequiresPermission(PROFILES_WRITE)
    public JobId start(String fileName, byte[] content) {
        return jobs.start(KIND, "", new JobFile(Objects.requireNonNullElse(fileName, ""), "application/octet-stream", content));
    }
}
