package org.homeward.app.jobs;

/**
 * What a job tells of its progress as it goes: its phase and how many of its items are done. Each
 * report is committed at once, apart from the job's own transaction, so any instance can show it.
 */
@FunctionalInterface
public interface JobProgress {

    /** For work done outside a job: progress told to nobody. */
    JobProgress NONE = (phase, done, total) -> { };

    void report(String phase, long done, long total);
}
