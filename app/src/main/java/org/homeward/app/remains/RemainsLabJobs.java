package org.homeward.app.remains;

import static org.homeward.app.security.Permission.PROFILES_WRITE;

import org.homeward.app.genetics.LabImport;
import org.homeward.app.jobs.JobFile;
import org.homeward.app.jobs.FileImportJobs;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobKind;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.jobs.Jobs;
import org.homeward.formats.common.Strictness;
import org.springframework.stereotype.Component;

/**
 * Lab results for remains samples as background jobs: the upload is kept with its job and attached
 * ({@link RemainsLab#importResults}) in the job's one transaction, all or nothing; the job keeps how
 * strictly the file is read. The result is the {@link LabImport}; a refused file fails the job with
 * each problem at its line and field.
 */
@Component
public class RemainsLabJobs extends FileImportJobs<Strictness> {

    static final JobKind KIND = JobKind.of("remains.lab-results", PROFILES_WRITE);

    private final RemainsLab lab;

    RemainsLabJobs(RemainsLab lab, Jobs jobs) {
        super(KIND, Strictness.class, LabImport.RESULT_VIEW, jobs);
        this.lab = lab;
    }

    @Override
    protected LabImport read(Strictness strictness, JobFile file, JobProgress progress) {
        return lab.importResults(file.name(), file.content(), strictness);
    }

    /** Asks for {@code content} (GeneMapper export or CODIS CMF) to be attached to remains samples, as the current actor. */
    public JobId start(String fileName, byte[] content, Strictness strictness) {
        return startImport(strictness, fileName, content);
    }
}
