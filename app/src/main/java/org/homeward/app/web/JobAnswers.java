package org.homeward.app.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobSummary;
import org.homeward.app.jobs.Jobs;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The one answer to a request that asked for a background job (an import, an export): the API's
 * 202 Accepted with {@code Location: /api/jobs/{id}} and the job as JSON; a browser (asking for
 * HTML) is sent to the job's page with 303 See Other.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class JobAnswers {

    private final Jobs jobs;

    /** 202 Accepted, the job's address and the job. */
    public ResponseEntity<JobSummary> accepted(JobId id) {
        return ResponseEntity.accepted().location(URI.create(JobSummary.address(id))).body(jobs.summary(id));
    }

    /** The job's page for a browser, the API's 202 for anyone else. */
    public ResponseEntity<?> started(JobId id, HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && MediaType.parseMediaTypes(accept).stream().anyMatch(MediaType.TEXT_HTML::equalsTypeAndSubtype)) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(JobSummary.page(id))).build();
        }
        return accepted(id);
    }
}
