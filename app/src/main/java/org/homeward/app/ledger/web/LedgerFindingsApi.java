package org.homeward.app.ledger.web;

import java.util.List;

import org.homeward.app.ledger.HandoverVerdict;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.NewHandoverVerdict;
import org.homeward.app.ledger.NewQualitativeClaim;
import org.homeward.app.ledger.PossibleDuplicate;
import org.homeward.app.ledger.QualitativeClaim;
import org.homeward.app.ledger.QualitativeClaimView;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The ledger's API for claims without a figure and for possible duplicate handovers; permissions as {@code LedgerApi}. */
@RestController
@RequestMapping("/api/ledger")
@LedgerAccess
@Tag(name = "Ledger")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LedgerFindingsApi {

    private final Ledger ledger;

    @GetMapping("/qualitative-claims")
    @Operation(summary = "Every claim without a figure (or with only an order of magnitude), with its statement and source")
    List<QualitativeClaimView> qualitativeClaims() {
        return ledger.qualitativeClaims();
    }

    @PostMapping("/qualitative-claims")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a claim without a figure, quoting a statement: what it asserts, where, when, how far it is verified")
    QualitativeClaim addQualitativeClaim(@Valid @RequestBody NewQualitativeClaim request) {
        return ledger.add(request);
    }

    @GetMapping("/duplicates")
    @Operation(summary = "Pairs of transfers that could be one handover entered twice, with the verdict on each, if any")
    List<PossibleDuplicate> duplicates() {
        return ledger.possibleDuplicates();
    }

    @PostMapping("/duplicates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rule on a possible duplicate: SAME counts the two transfers once (both sources kept), DIFFERENT closes the question")
    HandoverVerdict judge(@Valid @RequestBody NewHandoverVerdict request) {
        return ledger.judgeHandovers(request);
    }
}
