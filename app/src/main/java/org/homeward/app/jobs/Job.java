package org.homeward.app.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.homeward.app.common.InputRefusedException;

/**
 * A background job as any instance reads it: what it does ({@code kind} and {@code parameters}, the
 * name of its {@code input} file if it came with one), who asked for it, where it is, its progress
 * ({@code phase}, {@code done} of {@code total} items; absent while queued) and, when finished, its
 * {@code result} (the kind's own text, such as a run id) and the name of the file it made
 * ({@code output}), or the {@code error} that failed it with, for bad input, each {@code problem}
 * (such as {@code file[line 12].alleles}: nothing of it was written).
 */
public record Job(JobId id, String kind, String parameters, String startedBy, JobStatus status, Instant createdAt,
                  Instant startedAt, Instant finishedAt, String phase, long done, long total, String result, String error,
                  List<InputRefusedException.Problem> problems, String input, String output) {

    public Job {
        problems = List.copyOf(problems);
    }

    /** Time since the work started (until it finished); zero while queued. */
    public Duration elapsed(Instant now) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        return Duration.between(startedAt, finishedAt != null ? finishedAt : now);
    }
}
