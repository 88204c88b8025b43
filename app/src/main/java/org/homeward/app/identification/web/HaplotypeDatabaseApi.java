package org.homeward.app.identification.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.homeward.app.genetics.Lineage;
import org.homeward.app.identification.HaplotypeDatabase;
import org.homeward.app.identification.HaplotypeDatabaseJobs;
import org.homeward.app.identification.HaplotypeDatabases;
import org.homeward.app.identification.YFrequency;
import org.homeward.app.jobs.JobSummary;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.JobAnswers;
import org.homeward.app.web.UploadedFiles;
import org.homeward.kinship.lineage.FrequencyMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** A laboratory's Y-STR and mtDNA haplotype databases: uploaded (each version once), listed, one of each lineage chosen. */
@RestController
@RequestMapping("/api/identification/haplotype-databases")
@RequiresPermission(Permission.IDENTIFICATION_RUN)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HaplotypeDatabaseApi {

    private final HaplotypeDatabases databases;
    private final HaplotypeDatabaseJobs uploads;
    private final JobAnswers answers;

    @GetMapping
    List<HaplotypeDatabase> databases() {
        return databases.all();
    }

    /**
     * The database file as the multipart field {@code file}, kept in the background: 202 and the job's address, whose
     * result is the database kept, or every problem named by line and field (nothing kept).
     */
    @PostMapping
    @Operation(summary = "Keep a haplotype database, in the background; follow the job at its address (Location)")
    @ApiResponse(responseCode = "202", description = "The upload is asked for; its job is at the Location",
            headers = @Header(name = "Location", description = "The job's address: GET it for status, progress and result"))
    ResponseEntity<JobSummary> upload(@RequestPart("file") MultipartFile file, @RequestParam Lineage lineage) {
        return answers.accepted(uploads.start(lineage, file.getOriginalFilename(), UploadedFiles.content(file, "choose a haplotype database file")));
    }

    /** Makes the database the one identification uses for its lineage. */
    @PostMapping("/{id}/choice")
    HaplotypeDatabase choose(@PathVariable long id) {
        return databases.choose(id);
    }

    /** How the Y-STR database gives the remains' haplotype frequency: {@code method} and, for the discrete Laplace method, {@code clusters}. */
    @PostMapping("/{id}/y-frequency")
    HaplotypeDatabase chooseYFrequency(@PathVariable long id, @RequestParam FrequencyMethod method,
                                       @RequestParam(required = false) Integer clusters) {
        return databases.chooseYFrequency(id, YFrequency.of(method, clusters));
    }
}
