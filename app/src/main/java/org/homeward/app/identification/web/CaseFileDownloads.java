package org.homeward.app.identification.web;

import org.homeward.app.identification.CandidateId;
import org.homeward.app.identification.CaseFiles;
import org.homeward.app.identification.IdentificationException;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.annotations.Operation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** A candidate's case as lab files, linked from the candidate page: Familias and CODIS CMF (DATA_EXPORT, audited). */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CaseFileDownloads {

    private final CaseFiles files;

    @GetMapping("/identification/candidates/{id}/case.fam")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "The candidate's family and remains as a Familias DVI file, under sample codes")
    ResponseEntity<byte[]> familias(@PathVariable CandidateId id) {
        return download(files.familias(id));
    }

    @GetMapping("/identification/candidates/{id}/profiles.cmf")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "The candidate's remains and typed relatives as a CODIS CMF 3.2 file, under sample codes")
    ResponseEntity<byte[]> cmf(@PathVariable CandidateId id) {
        return download(files.cmf(id));
    }

    /** A case that cannot be written (its references not pairable by this reader, say): the error page with 409. */
    @ExceptionHandler(IdentificationException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(Model model) {
        model.addAttribute("status", HttpStatus.CONFLICT.value());
        return "error";
    }

    private static ResponseEntity<byte[]> download(CaseFiles.LabExport file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }
}
