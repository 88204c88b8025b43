package org.homeward.app.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * A background job as any instance reads it: what it does ({@code kind} and {@code parameters}), who
 * asked for it, where it is, its progress ({@code phase}, {@code done} of {@code total} items; absent
 * while queued) and, when finished, its {@code result} (the kind's own text, such as a run id) or the
 * {@code error} that failed it.
 */
public record Job(JobId id, String kind, String parameters, String startedBy, JobStatus status, Instant createdAt,
                  Instant startedAt, Instant finishedAt, String phase, long done, long total, String result, String error) {

    /** Time since the work started (until it finished); zero while queued. */
    public Duration elapsed(Instant now) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        return Duration.between(startedAt, finishedAt != null ? finishedAt : now);
    }
}
