package org.homeward.app.identification;

import static org.homeward.app.security.Permission.IDENTIFICATION_RUN;

import java.util.Optional;

import org.homeward.app.genetics.Lineage;
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
 * A laboratory's Y-STR or mtDNA haplotype database upload as a background job (a database holds
 * thousands of haplotypes): kept with its job and read in the job's one transaction, stored whole or
 * refused whole. The result is the {@link HaplotypeDatabase} kept; a refused file fails the job with
 * each problem at its line and field.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HaplotypeDatabaseJobs implements JobHandler {

    static final JobKind KIND = JobKind.of("identification.haplotype-database", IDENTIFICATION_RUN);

    /** The lineage the database is of. */
    record Parameters(Lineage lineage) {
    }

    private final HaplotypeDatabases databases;
    private final Jobs jobs;

    @Override
    public JobKind kind() {
        return KIND;
    }

    @Override
    public JobResult run(String parameters, Optional<JobFile> input, JobProgress progress) {
        JobFile file = JobFile.uploaded(input);
        return jobs.result(databases.upload(jobs.parameters(parameters, Parameters.class).lineage(), file.name(), file.content()));
    }

    @Override
    public Optional<String> resultView() {
        return Optional.of("identification/haplotype-databases");
    }

    /** Asks for the database file of {@code lineage} to be kept, as the current actor. */
    public JobId start(Lineage lineage, String fileName, byte[] content) {
        return jobs.startImport(KIND, new Parameters(lineage), fileName, content);
    }
}
