package org.homeward.app.jobs;

import java.util.Optional;

/**
 * Does the jobs of one kind. {@link #run} is called in the job's transaction, as the actor who asked
 * for the job; the job succeeds when that transaction commits (an import is all or nothing), so an
 * instance that dies half-way leaves the job queued for another. Queued jobs of the same kind and
 * parameters without files are done together by one call: their work must be what the data asks for
 * at the time it runs (such as "screen what is new"), not a count of requests.
 *
 * <p>A handler is declared by its kind and, when it has one, the template showing its result: the
 * runner and the job pages read them here. Methods are not final: a handler with transactional or
 * permission-checked methods is proxied, and a final method would run on the proxy, whose fields are empty.
 */
public abstract class JobHandler {

    private final JobKind kind;
    private final String resultView;

    /** A handler whose job's page shows its status (and file) only. */
    protected JobHandler(JobKind kind) {
        this(kind, null);
    }

    /**
     * A handler whose succeeded job's result (its JSON read as maps and lists) is shown on the job's
     * page by the fragment {@code result(result)} of the template {@code resultView}.
     */
    protected JobHandler(JobKind kind, String resultView) {
        this.kind = kind;
        this.resultView = resultView;
    }

    /** Does the work on the job's {@code input} file (when it came with one) and returns what it made. */
    public abstract JobResult run(String parameters, Optional<JobFile> input, JobProgress progress);

    /** The kind of job handled, with the permissions its jobs need. */
    public JobKind kind() {
        return kind;
    }

    /** The template showing a succeeded job's result; none when the status and the file say all. */
    public Optional<String> resultView() {
        return Optional.ofNullable(resultView);
    }
}
