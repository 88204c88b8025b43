package org.homeward.app.frequencies;

import static org.homeward.app.security.Permission.FREQUENCIES_MANAGE;


import org.homeward.app.jobs.JobFile;
import org.homeward.app.jobs.FileImportJobs;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobKind;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.jobs.Jobs;
import org.springframework.stereotype.Component;


/**
 * A laboratory's frequency database upload as a background job: kept with its job and read, checked
 * and stored ({@link LabFrequencies#upload}) in the job's one transaction, all or nothing. The result
 * is the {@link LabFrequencies.Uploaded}; a refused file fails the job with each problem at its line and field.
 */
@Component
public class FrequencyUploadJobs extends FileImportJobs<FrequencyUploadJobs.Parameters> {

    static final JobKind KIND = JobKind.of("frequencies.upload", FREQUENCIES_MANAGE);

    /** The database's name (the upload is its next version) and whether identification is to use it. */
    record Parameters(String name, boolean use) {
    }

    private final LabFrequencies frequencies;

    FrequencyUploadJobs(LabFrequencies frequencies, Jobs jobs) {
        super(KIND, Parameters.class, "identification/frequencies", jobs);
        this.frequencies = frequencies;
    }

    @Override
    protected LabFrequencies.Uploaded read(Parameters parameters, JobFile file, JobProgress progress) {
        return frequencies.upload(parameters.name(), file.name(), file.content(), parameters.use());
    }

    /** Asks for the file to be kept as the next version of {@code name}, as the current actor; a malformed name is refused at once, at its field. */
    public JobId start(String name, String fileName, byte[] content, boolean use) {
        return startImport(new Parameters(LabFrequencies.databaseName(name), use), fileName, content);
    }
}
