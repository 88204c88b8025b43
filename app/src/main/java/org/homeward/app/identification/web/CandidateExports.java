package org.homeward.app.identification.web;

import static org.homeward.app.lists.ListExports.column;

import java.util.List;

import jakarta.validation.Valid;

import org.homeward.app.identification.CandidateMatch;
import org.homeward.app.identification.Identification;
import org.homeward.app.identification.RunId;
import org.homeward.app.lists.ListExports;
import org.homeward.app.lists.ListForm;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The review queue's and a run's candidates, filtered and sorted as on their pages, exported whole as
 * CSV or JSON: {@code DATA_EXPORT} here, {@code IDENTIFICATION_REVIEW} at the facade; audited.
 */
@RestController
@Tag(name = "Identification")
class CandidateExports {

    static final List<ListExports.Column<CandidateMatch>> COLUMNS = List.of(column("candidate_id", CandidateMatch::id),
            column("run_id", CandidateMatch::runId), column("body_number", CandidateMatch::bodyNumber),
            column("sample_code", CandidateMatch::sampleCode), column("family_id", CandidateMatch::familyId),
            column("missing_person_id", CandidateMatch::missingPersonId), column("log10_lr", CandidateMatch::log10Lr),
            column("posterior", CandidateMatch::posterior), column("markers_compared", CandidateMatch::markersCompared),
            column("inconsistent_markers", CandidateMatch::inconsistentMarkers), column("status", CandidateMatch::status));

    private final Identification identification;
    private final ListExports exports;

    CandidateExports(Identification identification, ListExports exports) {
        this.identification = identification;
        this.exports = exports;
    }

    @GetMapping("/identification/export.csv")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "The review queue's candidates matching the list's filters, as CSV")
    ResponseEntity<byte[]> queueCsv(@Valid ListForm listForm) {
        return exports.csv("review-queue", listForm, identification::queuePage, COLUMNS);
    }

    @GetMapping("/identification/export.json")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "The review queue's candidates matching the list's filters, as JSON")
    ResponseEntity<List<CandidateMatch>> queueJson(@Valid ListForm listForm) {
        return exports.json("review-queue", listForm, identification::queuePage);
    }

    @GetMapping("/identification/runs/{id}/export.csv")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "A run's candidates matching the list's filters, as CSV")
    ResponseEntity<byte[]> runCsv(@PathVariable RunId id, @Valid ListForm listForm) {
        return exports.csv("run-" + id.value() + "-candidates", listForm, query -> identification.candidatesOfRun(id, query), COLUMNS);
    }

    @GetMapping("/identification/runs/{id}/export.json")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "A run's candidates matching the list's filters, as JSON")
    ResponseEntity<List<CandidateMatch>> runJson(@PathVariable RunId id, @Valid ListForm listForm) {
        return exports.json("run-" + id.value() + "-candidates", listForm, query -> identification.candidatesOfRun(id, query));
    }
}
