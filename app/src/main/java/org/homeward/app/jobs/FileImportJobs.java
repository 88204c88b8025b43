package org.homeward.app.jobs;

import java.util.Objects;
import java.util.Optional;

/**
 * The one shape of an import as a background job: the upload is kept with its job and read, with the
 * parameters it was asked for with (a record or a single value, kept as JSON), in the job's one transaction, all or
 * nothing. A feature's import names its kind, its parameters' type and the template showing its result,
 * and says how a file is read ({@link #read}); the job's result is what that returns, as JSON, and a
 * refused file fails the job with each problem at its line and field.
 */
public abstract class FileImportJobs<P> extends JobHandler {

    private final Class<P> parametersType;
    private final Jobs jobs;

    protected FileImportJobs(JobKind kind, Class<P> parametersType, String resultView, Jobs jobs) {
        super(kind, resultView);
        this.parametersType = parametersType;
        this.jobs = jobs;
    }

    /** Reads {@code file} as asked by {@code parameters}, in the job's transaction; returns what it kept. */
    protected abstract Object read(P parameters, JobFile file, JobProgress progress);

    @Override
    public JobResult run(String parameters, Optional<JobFile> input, JobProgress progress) {
        return jobs.result(read(jobs.parameters(parameters, parametersType), JobFile.uploaded(input), progress));
    }

    /** Asks for the current actor's import of {@code content}, named {@code fileName}, with {@code parameters}. */
    protected JobId startImport(P parameters, String fileName, byte[] content) {
        return jobs.start(kind(), parameters, new JobFile(Objects.requireNonNullElse(fileName, ""), "application/octet-stream", content));
    }
}
