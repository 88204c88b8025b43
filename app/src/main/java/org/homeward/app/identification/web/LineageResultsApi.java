package org.homeward.app.identification.web;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.homeward.app.identification.LineageResultJobs;
import org.homeward.app.genetics.LabSide;
import org.homeward.app.jobs.JobSummary;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.JobAnswers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Y-STR and mtDNA results through the lab-file door, as multipart fields {@code file}, {@code lineage}, {@code region}
 * (mtDNA; default HVS-I+HVS-II) and {@code strictness} (default STRICT: all or nothing): the same request for the
 * registry's reference samples and for the register's remains samples, differing only in the side. Read in the
 * background: 202 and the job's address, whose result is the import or the problems at their lines and fields.
 */
@RestController
@RequiresPermission(Permission.PROFILES_WRITE)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LineageResultsApi {

    private final LineageResultJobs jobs;
    private final JobAnswers answers;

    @PostMapping("/api/registry/lineage-results")
    @Operation(summary = "Read a Y-STR or mtDNA results file for reference samples, in the background; follow the job at its address (Location)")
    @ApiResponse(responseCode = "202", description = "The import is asked for; its job is at the Location",
            headers = @Header(name = "Location", description = "The job's address: GET it for status, progress and result"))
    ResponseEntity<JobSummary> references(@Valid @ModelAttribute LineageResultsForm results) {
        return answers.accepted(results.start(jobs, LabSide.references));
    }

    @PostMapping("/api/remains/lineage-results")
    @Operation(summary = "Read a Y-STR or mtDNA results file for remains samples, in the background; follow the job at its address (Location)")
    @ApiResponse(responseCode = "202", description = "The import is asked for; its job is at the Location",
            headers = @Header(name = "Location", description = "The job's address: GET it for status, progress and result"))
    ResponseEntity<JobSummary> remains(@Valid @ModelAttribute LineageResultsForm results) {
        return answers.accepted(results.start(jobs, LabSide.remains));
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.setAllowedFields(LineageResultsForm.FIELDS);
    }
}
