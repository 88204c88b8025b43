package org.homeward.app.remains;

import static org.homeward.app.security.Permission.PROFILES_WRITE;

import java.util.Optional;

import org.homeward.app.genetics.LabImport;
import org.homeward.app.jobs.JobFile;
import org.homeward.app.jobs.JobHandler;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobKind;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.jobs.JobResult;
import org.homeward.app.jobs.Jobs;
import org.homeward.formats.common.Strictness;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Lab results for remains samples as background jobs: the upload is kept with its job and attached
 * ({@link RemainsLab#importResults}) in the job's one transaction, all or nothing. The result is the
 * {@link LabImport}; a refused file fails the job with each problem at its line and field.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RemainsLabJobs implements JobHandler {

    static final JobKind KIND = JobKind.of("remains.lab-results", PROFILES_WRITE);

    /** How strictly the file is read. */
    record Parameters(Strictness strictness) {
    }

    private final RemainsLab lab;
    private final Jobs jobs;

    @Override
    public JobKind kind() {
        return KIND;
    }

    @Override
    public JobResult run(String parameters, Optional<JobFile> input, JobProgress progress) {
        JobFile file = JobFile.uploaded(input);
        return jobs.result(lab.importResults(file.name(), file.content(), jobs.parameters(parameters, Parameters.class).strictness()));
    }

    @Override
    public Optional<String> resultView() {
        return Optional.of(LabImport.RESULT_VIEW);
    }

    /** Asks for {@code content} (GeneMapper export or CODIS CMF) to be attached to remains samples, as the current actor. */
    public JobId start(String fileName, byte[] content, Strictness strictness) {
        return jobs.startImport(KIND, new Parameters(strictness), fileName, content);
    }
}
