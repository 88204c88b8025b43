package org.homeward.app.jobs;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;

import org.homeward.app.common.InputRefusedException;

/**
 * A person's own job as the API answers it (202 when it is asked for, then at {@link #address}):
 * status and progress ({@code phase}, {@code done} of {@code total}, {@code elapsedMs}); when it
 * succeeded, its {@code result} (JSON, the kind's own) and the address of the file it made
 * ({@code resultUrl}, exports); when it failed, the {@code error} and, for bad input, each
 * {@code problem} at its path (nothing was written).
 */
public record JobSummary(JobId id, String kind, JobStatus status, String phase, long done, long total, long elapsedMs,
                         Instant createdAt, Instant startedAt, Instant finishedAt, String input, @JsonRawValue String result,
                         String resultUrl, String error, List<InputRefusedException.Problem> problems) {

    /** The job's address in the API. */
    public static String address(JobId id) {
        return "/api/jobs/" + id;
    }

    /** The job's page. */
    public static String page(JobId id) {
        return "/jobs/" + id;
    }

    static JobSummary of(Job job, Instant now) {
        String result = job.result() == null || job.result().isBlank() ? null : job.result();
        return new JobSummary(job.id(), job.kind(), job.status(), job.phase(), job.done(), job.total(), job.elapsed(now).toMillis(),
                job.createdAt(), job.startedAt(), job.finishedAt(), job.input(), result,
                job.output() == null ? null : address(job.id()) + "/result", job.error(), job.problems());
    }
}
