package org.homeward.app.jobs.web;

import io.swagger.v3.oas.annotations.Operation;

import org.homeward.app.jobs.JobFile;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobSummary;
import org.homeward.app.jobs.Jobs;
import org.homeward.app.security.SignedIn;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A person's own imports and exports through the API, as answered 202 with {@code Location:
 * /api/jobs/{id}} when asked for: only who asked for a job reads it, while still holding the
 * permission of its kind (checked again at every read and download).
 */
@RestController
@RequestMapping("/api/jobs")
@SignedIn
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JobApi {

    private final Jobs jobs;

    @GetMapping("/{id}")
    @Operation(summary = "One of your jobs: status, progress (phase, done of total, elapsed), and its result or the problems that failed it")
    JobSummary job(@PathVariable JobId id) {
        return jobs.summary(id);
    }

    @GetMapping("/{id}/result")
    @Operation(summary = "The file one of your jobs made (an export); audited")
    ResponseEntity<byte[]> result(@PathVariable JobId id) {
        return JobPages.file(jobs.download(id));
    }
}
