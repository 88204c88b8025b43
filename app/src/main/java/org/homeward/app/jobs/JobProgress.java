package org.homeward.app.jobs;

/**
 * What a job tells of its progress as it goes: its phase and how many of its items are done. Each
 * report is committed at once, apart from the job's own transaction, so any instance can show it.
 */
@FunctionalInterface
public interface JobProgress {

    /** For work done outside a job: progress told to nobody. */
    JobProgress NONE = (phase, done, total) -> { };

    /** The phase of reading the job's file (the job pages name each phase in the message bundles, {@code jobs.phase.*}). */
    String READING = "reading";
    /** The phase of storing what the file held. */
    String STORING = "storing";

    void report(String phase, long done, long total);

    /** Item {@code done} of {@code total} in {@code phase}, told about a hundred times over the whole and at its end, not at every item. */
    default void item(String phase, int done, int total) {
        if (done == total || done % Math.max(1, total / 100) == 0) {
            report(phase, done, total);
        }
    }
}
