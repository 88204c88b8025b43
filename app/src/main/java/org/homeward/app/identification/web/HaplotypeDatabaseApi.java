package org.homeward.app.identification.web;

import java.io.IOException;
import java.util.List;

import org.homeward.app.genetics.Lineage;
import org.homeward.app.identification.HaplotypeDatabase;
import org.homeward.app.identification.HaplotypeDatabases;
import org.homeward.app.identification.YFrequency;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.kinship.lineage.FrequencyMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
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

    @GetMapping
    List<HaplotypeDatabase> databases() {
        return databases.all();
    }

    /** The database file as the multipart field {@code file}; read whole or refused whole, every problem named by line and field. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    HaplotypeDatabase upload(@RequestPart("file") MultipartFile file, @RequestParam Lineage lineage) throws IOException {
        return databases.upload(lineage, file.getOriginalFilename(), file.getBytes());
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
