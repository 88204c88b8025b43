package org.homeward.app.identification.web;

import static org.homeward.app.lists.ListExports.column;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;

import org.homeward.app.common.TypedId;
import org.homeward.app.identification.CandidateDetail;
import org.homeward.app.identification.CandidateId;
import org.homeward.app.identification.CandidateMatch;
import org.homeward.app.identification.Decision;
import org.homeward.app.identification.DecisionId;
import org.homeward.app.identification.DecisionLog;
import org.homeward.app.identification.Identification;
import org.homeward.app.identification.IdentificationException;
import org.homeward.app.identification.IdentificationFigures;
import org.homeward.app.identification.IdentificationReports;
import org.homeward.app.identification.LabelCheck;
import org.homeward.app.identification.RunId;
import org.homeward.app.jobs.ExportedList;
import org.homeward.app.jobs.ExportedLists;
import org.homeward.app.jobs.ListExportJobs;
import org.homeward.app.lists.ListExports;
import org.homeward.app.lists.ListForm;
import org.homeward.app.lists.Listing;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.PedigreeWords;
import org.homeward.app.security.Actor;
import org.homeward.app.security.KeptPage;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.JobAnswers;
import org.homeward.app.web.PageForms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The identification pages: runs, the review queue, the candidate page and its decisions, the history, the dashboard. */
@Controller
@RequiresPermission(Permission.IDENTIFICATION_REVIEW)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IdentificationPages implements ExportedLists {

    /** The export of the review queue. */
    private static final String REVIEW_QUEUE = "review-queue";
    /** The export of a run’s candidates. */
    private static final String RUN_CANDIDATES = "run-candidates";

    static final List<ListExports.Column<CandidateMatch>> COLUMNS = List.of(column("candidate_id", CandidateMatch::id),
            column("run_id", CandidateMatch::runId), column("body_number", CandidateMatch::bodyNumber),
            column("sample_code", CandidateMatch::sampleCode), column("family_id", CandidateMatch::familyId),
            column("missing_person_id", CandidateMatch::missingPersonId), column("log10_lr", CandidateMatch::log10Lr),
            column("posterior", CandidateMatch::posterior), column("markers_compared", CandidateMatch::markersCompared),
            column("inconsistent_markers", CandidateMatch::inconsistentMarkers), column("status", CandidateMatch::status));

    private final Identification identification;
    private final IdentificationFigures figures;
    private final IdentificationReports reports;
    private final DecisionLog decisionLog;
    private final ListExportJobs exportJobs;
    private final JobAnswers answers;
    private final IdentificationCharts charts;
    private final LabelCheck labelCheck;
    private final Families families;
    private final MessageSource messages;

    @KeptPage
    @GetMapping("/identification")
    String queue(@Valid ListForm listForm, Model model) {
        model.addAttribute("list", Listing.of(identification.queuePage(listForm.query()), listForm));
        model.addAttribute("reviewLr", identification.reviewLr());
        model.addAttribute("directMatches", identification.directMatches());
        return "identification/queue";
    }

    @GetMapping("/identification/runs")
    String runs(@Valid ListForm listForm, Model model) {
        model.addAttribute("list", Listing.of(identification.runs(listForm.query()), listForm));
        return "identification/runs";
    }

    @GetMapping("/identification/runs/{id}")
    String run(@PathVariable RunId id, @Valid ListForm listForm, Model model) {
        model.addAttribute("run", identification.run(id));
        model.addAttribute("lrChart", charts.lrDistribution(identification.candidatesOfRun(id), identification.reviewLr()));
        model.addAttribute("list", Listing.of(identification.candidatesOfRun(id, listForm.query()), listForm));
        model.addAttribute("directMatches", identification.directMatchesOfRun(id));
        model.addAttribute("dvi", identification.dviOfRun(id));
        return "identification/run";
    }

    @KeptPage(auditedRead = true)
    @GetMapping("/identification/candidates/{id}")
    String candidate(@PathVariable CandidateId id, Model model) {
        CandidateDetail detail = identification.candidate(id);
        model.addAttribute("detail", detail);
        model.addAttribute("markerChart", charts.markerLrs(detail));
        model.addAttribute("runModel", reports.modelOf(id));
        model.addAttribute("pedigreeDrawing", families.candidatePedigree(detail.candidate().registryFamily(),
                PedigreeWords.in(messages, LocaleContextHolder.getLocale())).orElse(null));
        model.addAttribute("labelConflicts", labelCheck.conflicts(detail.candidate().bodyNumber(), detail.candidate().missingPersonId()));
        model.addAttribute("me", Actor.current().name());
        PageForms.blankUnlessTyped(model, Map.of("proposal", DecisionNote.blank(), "confirmation", DecisionNote.blank(),
                "rejection", DecisionReason.blank(), "exclusion", DecisionReason.blank()));
        return "identification/candidate";
    }

    @PostMapping("/identification/candidates/{id}/proposal")
    String propose(@PathVariable CandidateId id, @Valid @ModelAttribute("proposal") DecisionNote proposal, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        return decide(id, errors, model, redirect, () -> identification.propose(id, proposal.reason()), "identification.decided.proposed");
    }

    @PostMapping("/identification/decisions/{id}/confirmation")
    String confirm(@PathVariable DecisionId id, @Valid @ModelAttribute("confirmation") DecisionNote confirmation, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        CandidateId candidate = new CandidateId(identification.decision(id).candidateId());
        return decide(candidate, errors, model, redirect, () -> identification.confirm(id, confirmation.reason()),
                "identification.decided.confirmed");
    }

    /**
     * A rejection or an exclusion: the two ways of settling a candidate otherwise, one endpoint as in the API. A refused
     * one is shown again beside its own form (the page's {@code rejection} or {@code exclusion}).
     */
    @PostMapping("/identification/candidates/{id}/{settlement:rejection|exclusion}")
    String settle(@PathVariable CandidateId id, @PathVariable String settlement, @Valid @ModelAttribute("settlement") DecisionReason form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute(settlement, form).addAttribute(BindingResult.MODEL_KEY_PREFIX + settlement, errors);
        return settlement.equals("rejection")
                ? decide(id, errors, model, redirect, () -> identification.reject(id, form.reason()), "identification.decided.rejected")
                : decide(id, errors, model, redirect, () -> identification.exclude(id, form.reason()), "identification.decided.excluded");
    }

    @InitBinder({"proposal", "confirmation", "settlement"})
    void reasonFields(WebDataBinder binder) {
        binder.setAllowedFields(DecisionReason.FIELDS);
    }

    /**
     * A decision, unless its form was refused: its notice is shown on the candidate's page; a refusal
     * (the form's, or the decision's rules: four eyes, a conflicting identification) renders the page
     * again with the problem beside the reason.
     */
    private String decide(CandidateId candidateId, BindingResult errors, Model model, RedirectAttributes redirect,
                          Supplier<Decision> decision, String notice) {
        return PageForms.submit(errors, DecisionReason.FIELDS, () -> {
            redirect.addFlashAttribute("decided", decision.get().id());
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/identification/candidates/" + candidateId;
        }, () -> candidate(candidateId, model));
    }

    @GetMapping("/identification/decisions")
    String decisions(@Valid ListForm listForm, Model model) {
        model.addAttribute("list", Listing.of(identification.decisions(listForm.query()), listForm));
        model.addAttribute("verification", decisionLog.verify());
        return "identification/decisions";
    }

    @GetMapping("/identification/decisions/{id}/report")
    ResponseEntity<byte[]> report(@PathVariable DecisionId id) {
        return IdentificationApi.pdf(reports.report(id), id);
    }

    @GetMapping("/identification/dashboard")
    @RequiresPermission(Permission.STATISTICS_READ)
    String dashboard(Model model) {
        model.addAttribute("dashboard", figures.dashboard());
        return "identification/dashboard";
    }

    @ExceptionHandler(IdentificationException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(Model model) {
        model.addAttribute("status", 409);
        return "error";
    }

    @PostMapping("/identification/export.{format:csv|json}")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "Export the review queue's candidates matching the list's filters, as CSV or JSON, in the background (202 and the job's Location)")
    ResponseEntity<?> queueExport(@PathVariable String format, @Valid ListForm listForm, HttpServletRequest request) {
        return answers.started(exportJobs.start(format, REVIEW_QUEUE, "", listForm), request);
    }

    @PostMapping("/identification/runs/{id}/export.{format:csv|json}")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "Export a run's candidates matching the list's filters, as CSV or JSON, in the background (202 and the job's Location)")
    ResponseEntity<?> runExport(@PathVariable RunId id, @PathVariable String format, @Valid ListForm listForm, HttpServletRequest request) {
        return answers.started(exportJobs.start(format, RUN_CANDIDATES, id.toString(), listForm), request);
    }

    @Override
    public List<ExportedList<?>> exportedLists() {
        return List.of(new ExportedList<>(REVIEW_QUEUE, Permission.IDENTIFICATION_REVIEW, (key, query) -> identification.queuePage(query),
                        COLUMNS, REVIEW_QUEUE),
                new ExportedList<>(RUN_CANDIDATES, Permission.IDENTIFICATION_REVIEW,
                        (key, query) -> identification.candidatesOfRun(TypedId.parse(RunId.class, key), query), COLUMNS, "run-{key}-candidates"));
    }
}
