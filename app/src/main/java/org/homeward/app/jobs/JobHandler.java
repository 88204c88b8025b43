package org.homeward.app.jobs;

/**
 * Does the jobs of one kind. {@link #run} is called in the job's transaction, as the actor who asked
 * for the job; the job succeeds when that transaction commits, so an instance that dies half-way
 * leaves the job queued for another. Queued jobs of the same kind and parameters are done together
 * by one call: the work must be what the data asks for at the time it runs (such as "screen what is
 * new"), not a count of requests.
 */
public interface JobHandler {

    /** The kind of job handled, such as {@code identification.screening}. */
    String kind();

    /** Does the work and returns its result as text for {@link Job#result()}. */
    String run(String parameters, JobProgress progress);
}
