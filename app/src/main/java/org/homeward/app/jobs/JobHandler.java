package org.homeward.app.jobs;

import java.util.Optional;

/**
 * Does the jobs of one kind. {@link #run} is called in the job's transaction, as the actor who asked
 * for the job; the job succeeds when that transaction commits (an import is all or nothing), so an
 * instance that dies half-way leaves the job queued for another. Queued jobs of the same kind and
 * parameters without files are done together by one call: their work must be what the data asks for
 * at the time it runs (such as "screen what is new"), not a count of requests.
 */
public interface JobHandler {

    /** The kind of job handled, with the permissions its jobs need. */
    JobKind kind();

    /** Does the work on the job's {@code input} file (when it came with one) and returns what it made. */
    JobResult run(String parameters, Optional<JobFile> input, JobProgress progress);

    /**
     * The template whose fragment {@code result(result)} shows a succeeded job's result (its JSON read
     * as maps and lists) on the job's page; none when the status and the file say all.
     */
    default Optional<String> resultView() {
        return Optional.empty();
    }
}
