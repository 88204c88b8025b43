package org.homeward.app.identification;

import static org.homeward.app.security.Permission.PROFILES_WRITE;

import org.homeward.app.genetics.LabImport;
import org.homeward.app.genetics.LabSide;
import org.homeward.app.genetics.Lineage;
import org.homeward.app.jobs.JobFile;
import org.homeward.app.jobs.FileImportJobs;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobKind;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.jobs.Jobs;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.remains.RemainsLab;
import org.homeward.formats.common.Strictness;
import org.homeward.kinship.lineage.MtRegion;
import org.springframework.stereotype.Component;

/**
 * A laboratory's Y-STR or mtDNA results file as a background job, for reference samples (the
 * registry's door) or remains samples (the register's): the upload is kept with its job and read in
 * the job's one transaction, all or nothing. The result is the {@link LabImport}; a refused file
 * fails the job with each problem at its line and field.
 */
@Component
public class LineageResultJobs extends FileImportJobs<LineageResultJobs.Parameters> {

    static final JobKind KIND = JobKind.of("identification.lineage-results", PROFILES_WRITE);

    /** The side, the lineage, the mtDNA region the laboratory declares, and how strictly the file is read. */
    record Parameters(LabSide side, Lineage lineage, String region, Strictness strictness) {
    }

    private final ReferenceSamples references;
    private final RemainsLab remains;

    LineageResultJobs(ReferenceSamples references, RemainsLab remains, Jobs jobs) {
        super(KIND, Parameters.class, LabImport.RESULT_VIEW, jobs);
        this.references = references;
        this.remains = remains;
    }

    @Override
    protected LabImport read(Parameters asked, JobFile file, JobProgress progress) {
        MtRegion region = Lineage.region(asked.region(), "region");
        return asked.side() == LabSide.references
                ? references.attachLineageResults(file.name(), file.content(), asked.strictness(), asked.lineage(), region)
                : remains.importLineageResults(file.name(), file.content(), asked.strictness(), asked.lineage(), region);
    }

    /** Asks for the file to be read for {@code side}, as the current actor; a malformed region is refused at once, at its field. */
    public JobId start(LabSide side, String fileName, byte[] content, Lineage lineage, String region, Strictness strictness) {
        Lineage.region(region, "region");
        return startImport(new Parameters(side, lineage, region, strictness), fileName, content);
    }
}
