package org.homeward.app.frequencies;

import static org.homeward.app.security.Permission.FREQUENCIES_MANAGE;

import java.util.Optional;

import org.homeward.app.jobs.JobFile;
import org.homeward.app.jobs.JobHandler;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobKind;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.jobs.JobResult;
import org.homeward.app.jobs.Jobs;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A laboratory's frequency database upload as a background job: kept with its job and read, checked
 * and stored ({@link LabFrequencies#upload}) in the job's one transaction, all or nothing. The result
 * is the {@link LabFrequencies.Uploaded}; a refused file fails the job with each problem at its line and field.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FrequencyUploadJobs implements JobHandler {

    static final JobKind KIND = JobKind.of("frequencies.upload", FREQUENCIES_MANAGE);

    /** The database's name (the upload is its next version) and whether identification is to use it. */
    record Parameters(String name, boolean use) {
    }

    private final LabFrequencies frequencies;
    private final Jobs jobs;

    @Override
    public JobKind kind() {
        return KIND;
    }

    @Override
    public JobResult run(String parameters, Optional<JobFile> input, JobProgress progress) {
        Parameters asked = jobs.parameters(parameters, Parameters.class);
        JobFile file = JobFile.uploaded(input);
        return jobs.result(frequencies.upload(asked.name(), file.name(), file.content(), asked.use()));
    }

    @Override
    public Optional<String> resultView() {
        return Optional.of("identification/frequencies");
    }

    /** Asks for the file to be kept as the next version of {@code name}, as the current actor; a malformed name is refused at once, at its field. */
    public JobId start(String name, String fileName, byte[] content, boolean use) {
        return jobs.startImport(KIND, new Parameters(LabFrequencies.databaseName(name), use), fileName, content);
    }
}
