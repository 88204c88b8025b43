package org.homeward.app.frequencies.web;

import static org.homeward.app.web.Limits.NAME_LENGTH;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.homeward.app.frequencies.FrequencyDatabase;
import org.homeward.app.frequencies.FrequencyUploadJobs;
import org.homeward.app.frequencies.LabFrequencies;
import org.homeward.app.jobs.JobSummary;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.JobAnswers;
import org.homeward.app.web.UploadedFiles;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The REST API of the laboratory's frequency databases (FREQUENCIES_MANAGE); a refused file is a problem naming its lines and fields. */
@RestController
@RequestMapping("/api/identification/frequencies")
@RequiresPermission(Permission.FREQUENCIES_MANAGE)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FrequencyApi {

    /** The database identification uses now, by its label, and every uploaded one. */
    record Databases(String inUse, List<FrequencyDatabase> uploaded) {
    }

    private final LabFrequencies frequencies;
    private final FrequencyUploadJobs uploads;
    private final JobAnswers answers;

    @GetMapping
    Databases databases() {
        return new Databases(frequencies.inUse().label(), frequencies.databases());
    }

    /** The file kept in the background: 202 and the job's address, whose result is the database kept with the policy's warnings, or the problems. */
    @PostMapping
    @Operation(summary = "Keeps a frequency database (CSV, norSTR or Familias) as the next version of its name, in the background; "
            + "use=true makes identification use it; follow the job at its address (Location)")
    @ApiResponse(responseCode = "202", description = "The upload is asked for; its job is at the Location",
            headers = @Header(name = "Location", description = "The job's address: GET it for status, progress and result"))
    ResponseEntity<JobSummary> upload(@RequestParam @Size(max = NAME_LENGTH) String name, @RequestPart("file") MultipartFile file,
                                      @RequestParam(defaultValue = "false") boolean use) {
        return answers.accepted(uploads.start(name, file.getOriginalFilename(), UploadedFiles.content(file, "choose a frequency database file"), use));
    }

    @PostMapping("/choice")
    @Operation(summary = "Chooses the database identification uses ({\"database\": null} for the bundled European one); screening is rebuilt")
    Databases choose(@RequestBody FrequencyChoice choice) {
        frequencies.choose(choice.chosen());
        return databases();
    }
}
