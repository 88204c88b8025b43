package org.homeward.app.jobs;

/** Where a job is: waiting for an instance, being worked on, or finished one way or the other. */
public enum JobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
