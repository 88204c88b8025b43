package org.homeward.app.registry;

import static org.homeward.app.security.Permission.PROFILES_WRITE;


import org.homeward.app.genetics.LabImport;
import org.homeward.app.jobs.JobFile;
import org.homeward.app.jobs.FileImportJobs;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobKind;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.jobs.Jobs;
import org.homeward.app.security.RequiresPermission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;


/**
 * Lab results for reference samples as background jobs: the uploaded file is kept with its job, and
 * whichever instance claims the job attaches it ({@link ReferenceSamples#attachLabResults}) in the
 * job's one transaction, all or nothing. The result is the {@code LabImport} as JSON; a refused
 * file fails the job with each problem at its line and field.
 */
@Component
public class LabResultJobs extends FileImportJobs<LabResultJobs.Parameters> {

    static final JobKind KIND = JobKind.of("registry.lab-results", PROFILES_WRITE);

    /** Nothing is asked beyond the file: GeneMapper export or CODIS CMF, read by its content. */
    record Parameters() {
    }

    private final ReferenceSamples samples;

    LabResultJobs(ReferenceSamples samples, Jobs jobs) {
        super(KIND, Parameters.class, LabImport.RESULT_VIEW, jobs);
        this.samples = samples;
    }

    @Override
    protected LabImport read(Parameters parameters, JobFile file, JobProgress progress) {
        return samples.attachLabResults(file.name(), file.content(), progress);
    }

    /** Asks for {@code file} (GeneMapper export or CODIS CMF) to be attached, as the current actor. */
    @Transactional
    @RequiresPermission(PROFILES_WRITE)
    public JobId start(String fileName, byte[] content) {
        return startImport(new Parameters(), fileName, content);
    }
}
