package org.homeward.app.identification.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.homeward.app.identification.RunId;
import org.homeward.app.identification.ScreeningJobs;
import org.homeward.app.jobs.Job;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobStatus;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Screening runs through the API: asked for as a background job (202 and the job's address), then followed there. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ScreeningJobApi {

    /** Ask for a run; {@code full} (the default) screens everything anew, otherwise only what is new. */
    record RunRequest(Boolean full) {
    }

    /**
     * A screening job: its status and progress ({@code phase}, {@code done} of {@code total} families
     * and remains, {@code elapsedMs}); when it succeeded, the {@code run} it made and its address, both
     * null when there was nothing new to screen; when it failed, the {@code error}.
     */
    record ScreeningJobBody(JobId id, JobStatus status, String phase, long done, long total, long elapsedMs, Instant createdAt,
                            Instant startedAt, Instant finishedAt, RunId run, String runUrl, String error) {
    }

    private final ScreeningJobs jobs;
    private final Clock clock;

    @PostMapping("/api/identification/runs")
    @RequiresPermission(Permission.IDENTIFICATION_RUN)
    @Operation(summary = "Ask for a screening run, done in the background; follow it at the job's address (Location)")
    @ApiResponse(responseCode = "202", description = "The run is asked for; its job is at the Location",
            headers = @Header(name = "Location", description = "The job's address: GET it for status, progress and result"))
    ResponseEntity<ScreeningJobBody> run(@RequestBody(required = false) RunRequest request) {
        boolean full = request == null || request.full() == null || request.full();
        JobId id = jobs.start(full);
        return ResponseEntity.accepted().location(URI.create(address(id))).body(body(jobs.job(id)));
    }

    @GetMapping("/api/identification/runs/jobs/{id}")
    @RequiresPermission(Permission.IDENTIFICATION_RUN)
    @Operation(summary = "A screening job: status, progress, and the run it made when done")
    ScreeningJobBody job(@PathVariable JobId id) {
        return body(jobs.job(id));
    }

    static String address(JobId id) {
        return "/api/identification/runs/jobs/" + id;
    }

    private ScreeningJobBody body(Job job) {
        RunId run = ScreeningJobs.runOf(job).orElse(null);
        return new ScreeningJobBody(job.id(), job.status(), job.phase(), job.done(), job.total(), job.elapsed(clock.instant()).toMillis(),
                job.createdAt(), job.startedAt(), job.finishedAt(), run, run == null ? null : "/api/identification/runs/" + run,
                job.error());
    }
}
