package org.homeward.app.genetics;

import static org.homeward.app.security.Permission.PROFILES_WRITE;

import java.util.List;

import org.homeward.app.jobs.FileImportJobs;
import org.homeward.app.jobs.JobFile;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobKind;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.jobs.Jobs;
import org.homeward.app.security.RequiresPermission;
import org.homeward.formats.common.Strictness;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A laboratory's autosomal results file as a background job, for reference samples or remains samples
 * alike: the upload is kept with its job and taken through the door of its side
 * ({@link LabResultsDoor}) in the job's one transaction, all or nothing under STRICT. The result is the
 * {@link LabImport}; a refused file fails the job with each problem at its line and field.
 */
@Component
public class LabResultJobs extends FileImportJobs<LabResultJobs.Parameters> {

    static final JobKind KIND = JobKind.of("genetics.lab-results", PROFILES_WRITE);

    /** Whose samples the file types, and how strictly it is read. */
    record Parameters(LabSide side, Strictness strictness) {
    }

    private final List<LabResultsDoor> doors;

    LabResultJobs(List<LabResultsDoor> doors, Jobs jobs) {
        super(KIND, Parameters.class, LabImport.RESULT_VIEW, jobs);
        this.doors = List.copyOf(doors);
    }

    @Override
    protected LabImport read(Parameters asked, JobFile file, JobProgress progress) {
        LabResultsDoor door = doors.stream().filter(d -> d.side() == asked.side()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no lab-results door for " + asked.side()));
        return door.importResults(file.name(), file.content(), asked.strictness(), progress);
    }

    /** Asks for {@code content} (GeneMapper export or CODIS CMF) to be stored for the samples of {@code side}, as the current actor. */
    @Transactional
    @RequiresPermission(PROFILES_WRITE)
    public JobId start(LabSide side, String fileName, byte[] content, Strictness strictness) {
        return startImport(new Parameters(side, strictness), fileName, content);
    }
}
