package org.homeward.app.identification;

import static org.homeward.app.security.Permission.IDENTIFICATION_RUN;

import org.homeward.app.genetics.Lineage;
import org.homeward.app.jobs.JobFile;
import org.homeward.app.jobs.FileImportJobs;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobKind;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.jobs.Jobs;
import org.springframework.stereotype.Component;

/**
 * A laboratory's Y-STR or mtDNA haplotype database upload as a background job (a database holds
 * thousands of haplotypes): kept with its job and read in the job's one transaction, stored whole or
 * refused whole; the job keeps the lineage the database is of. The result is the {@link HaplotypeDatabase} kept; a refused file fails the job with
 * each problem at its line and field.
 */
@Component
public class HaplotypeDatabaseJobs extends FileImportJobs<Lineage> {

    static final JobKind KIND = JobKind.of("identification.haplotype-database", IDENTIFICATION_RUN);

    private final HaplotypeDatabases databases;

    HaplotypeDatabaseJobs(HaplotypeDatabases databases, Jobs jobs) {
        super(KIND, Lineage.class, "identification/haplotype-databases", jobs);
        this.databases = databases;
    }

    @Override
    protected HaplotypeDatabase read(Lineage lineage, JobFile file, JobProgress progress) {
        return databases.upload(lineage, file.name(), file.content());
    }

    /** Asks for the database file of {@code lineage} to be kept, as the current actor. */
    public JobId start(Lineage lineage, String fileName, byte[] content) {
        return startImport(lineage, fileName, content);
    }
}
