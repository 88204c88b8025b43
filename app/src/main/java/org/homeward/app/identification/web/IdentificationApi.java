package org.homeward.app.identification.web;

import java.util.List;

import jakarta.validation.Valid;

import org.homeward.app.identification.CandidateDetail;
import org.homeward.app.identification.CandidateId;
import org.homeward.app.identification.CandidateMatch;
import org.homeward.app.identification.Dashboard;
import org.homeward.app.identification.Decision;
import org.homeward.app.identification.DecisionId;
import org.homeward.app.identification.DirectMatch;
import org.homeward.app.identification.DviConclusion;
import org.homeward.app.identification.Identification;
import org.homeward.app.identification.IdentificationFigures;
import org.homeward.app.identification.IdentificationReports;
import org.homeward.app.identification.ReviewFlags;
import org.homeward.app.identification.ReviewFlag;
import org.homeward.app.identification.Run;
import org.homeward.app.identification.RunId;
import org.homeward.app.common.Page;
import org.homeward.app.lists.ListForm;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The REST API of identification: runs, the review queue, candidates, decisions (propose, confirm,
 * reject, exclude), reports and the dashboard. Refusals are problem details naming the field
 * ({@link IdentificationProblems}).
 */
@RestController
@RequestMapping("/api/identification")
@RequiresPermission(Permission.IDENTIFICATION_REVIEW)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IdentificationApi {

    /** A run with what it found. */
    record RunBody(Run run, List<CandidateMatch> candidates, List<DirectMatch> directMatches, List<DviConclusion> dvi) {
    }

    private final Identification identification;
    private final IdentificationFigures figures;
    private final IdentificationReports reports;
    private final ReviewFlags reviewFlags;

    @GetMapping("/runs")
    Page<Run> runs(@Valid @ParameterObject ListForm listForm) {
        return identification.runs(listForm.query());
    }

    @GetMapping("/runs/{id}")
    RunBody run(@PathVariable RunId id) {
        return new RunBody(identification.run(id), identification.candidatesOfRun(id), identification.directMatchesOfRun(id),
                identification.dviOfRun(id));
    }

    @GetMapping("/queue")
    Page<CandidateMatch> queue(@Valid @ParameterObject ListForm listForm) {
        return identification.queuePage(listForm.query());
    }

    @GetMapping("/candidates/{id}")
    CandidateDetail candidate(@PathVariable CandidateId id) {
        return identification.candidate(id);
    }

    @PostMapping("/candidates/{id}/proposal")
    Decision propose(@PathVariable CandidateId id, @Valid @RequestBody DecisionNote body) {
        return identification.propose(id, body.reason());
    }

    /** A rejection or an exclusion: the two ways of settling a candidate otherwise, each with its reason. */
    @PostMapping("/candidates/{id}/{settlement:rejection|exclusion}")
    Decision settle(@PathVariable CandidateId id, @PathVariable String settlement, @Valid @RequestBody DecisionReason body) {
        return settlement.equals("rejection") ? identification.reject(id, body.reason()) : identification.exclude(id, body.reason());
    }

    @PostMapping("/decisions/{id}/confirmation")
    Decision confirm(@PathVariable DecisionId id, @Valid @RequestBody DecisionNote body) {
        return identification.confirm(id, body.reason());
    }

    @GetMapping("/decisions")
    Page<Decision> decisions(@Valid @ParameterObject ListForm listForm) {
        return identification.decisions(listForm.query());
    }

    /** Confirmations flagged for a supervisor's review: a reference they were computed with lost its donor's consent. */
    @GetMapping("/review-flags")
    List<ReviewFlag> reviewFlags() {
        return reviewFlags.reviewFlags();
    }

    /** The PDF report of a confirmed identification: an audited export (DATA_EXPORT, checked by the facade). */
    @GetMapping("/decisions/{id}/report")
    ResponseEntity<byte[]> report(@PathVariable DecisionId id) {
        return pdf(reports.report(id), id);
    }

    @GetMapping("/dashboard")
    @RequiresPermission(Permission.STATISTICS_READ)
    Dashboard dashboard() {
        return figures.dashboard();
    }

    static ResponseEntity<byte[]> pdf(byte[] pdf, DecisionId id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("identification-" + id + ".pdf").build().toString())
                .body(pdf);
    }
}
