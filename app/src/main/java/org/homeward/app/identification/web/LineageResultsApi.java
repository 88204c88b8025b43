package org.homeward.app.identification.web;

import jakarta.validation.Valid;

import org.homeward.app.genetics.LabImport;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.remains.RemainsLab;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
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
 * registry's reference samples and for the register's remains samples, differing only in the door.
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LineageResultsApi {

    private final ReferenceSamples references;
    private final RemainsLab remains;

    @PostMapping("/api/registry/lineage-results")
    @RequiresPermission(Permission.PROFILES_WRITE)
    LabImport references(@Valid @ModelAttribute LineageResultsForm results) {
        return results.into(references::attachLineageResults);
    }

    @PostMapping("/api/remains/lineage-results")
    @RequiresPermission(Permission.PROFILES_WRITE)
    LabImport remains(@Valid @ModelAttribute LineageResultsForm results) {
        return results.into(remains::importLineageResults);
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.setAllowedFields(LineageResultsForm.FIELDS);
    }
}
