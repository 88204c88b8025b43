package org.homeward.app.frequencies.web;

import static org.homeward.app.web.Limits.NAME_LENGTH;

import java.io.IOException;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.homeward.app.frequencies.FrequencyDatabase;
import org.homeward.app.frequencies.LabFrequencies;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;

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

    @GetMapping
    Databases databases() {
        return new Databases(frequencies.inUse().label(), frequencies.databases());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Keeps a frequency database (CSV, norSTR or Familias) as the next version of its name; use=true makes identification use it")
    LabFrequencies.Uploaded upload(@RequestParam @Size(max = NAME_LENGTH) String name, @RequestPart("file") MultipartFile file,
                                   @RequestParam(defaultValue = "false") boolean use) throws IOException {
        return frequencies.upload(name, file.getOriginalFilename(), file.getBytes(), use);
    }

    @PostMapping("/choice")
    @Operation(summary = "Chooses the database identification uses ({\"database\": null} for the bundled European one); screening is rebuilt")
    Databases choose(@RequestBody FrequencyChoice choice) {
        frequencies.choose(choice.chosen());
        return databases();
    }
}
