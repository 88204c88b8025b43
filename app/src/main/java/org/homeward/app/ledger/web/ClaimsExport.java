package org.homeward.app.ledger.web;

import jakarta.servlet.http.HttpServletRequest;

import org.homeward.app.ledger.ClaimsExportJobs;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.JobAnswers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Every claim, current and superseded, as CSV (one row per claim, with its statement and source) or
 * JSON, made in the background: 202 and the job's address (a browser is sent to the job's page),
 * whose file its owner downloads. Exports need {@link Permission#DATA_EXPORT} and each is written to the audit log.
 */
@RestController
@RequestMapping("/api/ledger/claims")
@Tag(name = "Ledger")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ClaimsExport {

    private final ClaimsExportJobs exports;
    private final JobAnswers answers;

    @PostMapping("/export.csv")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "Every claim as CSV (RFC 4180, UTF-8), with its statement and source, in the background; the job's file")
    ResponseEntity<?> csv(HttpServletRequest request) {
        return answers.started(exports.start("csv"), request);
    }

    @PostMapping("/export.json")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "Every claim as JSON, with its party, statement, source and reliability, in the background; the job's file")
    ResponseEntity<?> json(HttpServletRequest request) {
        return answers.started(exports.start("json"), request);
    }
}
