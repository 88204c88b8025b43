package org.homeward.app.registry.web;

import static org.homeward.app.web.Limits.SHORT_TEXT_LENGTH;

import java.io.IOException;

import jakarta.validation.constraints.Size;

import org.homeward.app.genetics.LabImport;
import org.homeward.app.genetics.Lineage;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Reference samples' Y-STR and mtDNA results, through the lab-file door. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegistryLineageApi {

    private final ReferenceSamples samples;

    /** A GeneMapper Y export, a CODIS CMF file or a simple table as the multipart field {@code file}; mtDNA over {@code region}; all or nothing. */
    @PostMapping("/api/registry/lineage-results")
    @RequiresPermission(Permission.PROFILES_WRITE)
    LabImport lineageResults(@RequestPart("file") MultipartFile file, @RequestParam Lineage lineage,
                             @RequestParam(defaultValue = "HVS-I+HVS-II") @Size(max = SHORT_TEXT_LENGTH) String region) throws IOException {
        return samples.attachLineageResults(file.getOriginalFilename(), file.getBytes(), lineage, Lineage.region(region, "region"));
    }
}
