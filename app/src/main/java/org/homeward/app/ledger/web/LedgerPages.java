package org.homeward.app.ledger.web;

import static org.homeward.app.ledger.web.LedgerForms.submit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.time.ZoneId;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.homeward.app.ledger.AgreementId;
import org.homeward.app.ledger.ClaimId;
import org.homeward.app.ledger.ClaimView;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.MislabelledBodies;
import org.homeward.app.ledger.NewClaim;
import org.homeward.app.ledger.NewStatement;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.SourceId;
import org.homeward.app.ledger.Statement;
import org.homeward.app.ledger.StatementId;
import org.homeward.app.ledger.Subject;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.security.KeptPage;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.FormRefusals;
import org.homeward.app.web.Limits;
import org.homeward.app.web.PageForms;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The ledger's pages: the timeline with totals, a transfer with each party's figures side by side,
 * an agreement's progress, sources and statements, and a claim with its corrections (the
 * text-to-claims screen is {@link ReportPages}). Each form is a typed record; a refused one comes back on its page with each
 * problem beside its field and what was typed.
 */
@Controller
@RequestMapping("/ledger")
@LedgerAccess
class LedgerPages {

    /** Each form's allow-list, by the form's model name. */
    private static final Map<String, String[]> FORM_FIELDS = Map.of("claimForm", ClaimForm.FIELDS,
            "transferForm", TransferForm.FIELDS, "agreementForm", AgreementForm.FIELDS, "sourceForm", SourceForm.FIELDS,
            "statementForm", StatementForm.FIELDS, "partForm", PartForm.FIELDS);

    private final Ledger ledger;
    private final LedgerChoices choices;
    private final MessageSource messages;
    private final ObjectProvider<MislabelledBodies> mislabelled;

    LedgerPages(Ledger ledger, MessageSource messages,
                ObjectProvider<MislabelledBodies> mislabelled) {
        this.ledger = ledger;
        this.mislabelled = mislabelled;
        this.choices = new LedgerChoices(ledger, messages);
        this.messages = messages;
    }

    /** The choices of the forms' selects. */
    @ModelAttribute
    void choices(Model model) {
        LedgerForms.enumChoices(model);
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        LedgerForms.allowOnly(binder, FORM_FIELDS);
    }

    // --- timeline ---------------------------------------------------------------------------------

    @KeptPage
    @GetMapping
    String timeline(Model model) {
        model.addAttribute("timeline", ledger.timeline());
        model.addAttribute("reciprocity", ledger.reciprocity());
        return "ledger/timeline";
    }

    // --- transfers --------------------------------------------------------------------------------

    @GetMapping("/transfers/{id}")
    String transfer(@PathVariable("id") TransferId id, Model model) {
        model.addAttribute("view", ledger.transferView(id));
        model.addAttribute("mislabelled", mislabelled.getIfAvailable(() -> MislabelledBodies.NONE).inTransfer(id));
        model.addAttribute("parties", ledger.parties());
        model.addAttribute("sources", ledger.sources());
        PageForms.blankUnlessTyped(model, "claimForm", ClaimForm.blank());
        return "ledger/transfer";
    }

    @PostMapping("/transfers/{id}/claims")
    String recordCount(@PathVariable("id") TransferId transfer, @Valid @ModelAttribute ClaimForm claimForm,
                       BindingResult errors, Model model) {
        return submit(errors, ClaimForm.FIELDS, () -> {
            ledger.atomically(() -> addClaim(claimForm, claimForm.party(), Subject.transfer(transfer), null, null));
            return "/ledger/transfers/" + transfer;
        }, () -> transfer(transfer, model));
    }

    @GetMapping("/transfers/new")
    @RequiresPermission(Permission.LEDGER_WRITE)
    String newTransfer(Model model, Locale locale) {
        model.addAttribute("parties", ledger.parties());
        model.addAttribute("belligerents", choices.belligerents());
        model.addAttribute("agreements", ledger.agreements());
        model.addAttribute("transfers", choices.transferLabels(locale));
        PageForms.blankUnlessTyped(model, "transferForm", TransferForm.blank());
        return "ledger/transfer-form";
    }

    @PostMapping("/transfers")
    String addTransfer(@Valid @ModelAttribute TransferForm transferForm, BindingResult errors, Model model, Locale locale) {
        return submit(errors, TransferForm.FIELDS, () -> "/ledger/transfers/" + ledger.add(transferForm.transfer()).id(),
                () -> newTransfer(model, locale));
    }

    // --- agreements -------------------------------------------------------------------------------

    @GetMapping("/agreements/{id}")
    String agreement(@PathVariable("id") AgreementId id, Model model) {
        model.addAttribute("progress", ledger.agreementProgress(id));
        model.addAttribute("parties", ledger.parties());
        model.addAttribute("sources", ledger.sources());
        PageForms.blankUnlessTyped(model, "claimForm", ClaimForm.blank());
        return "ledger/agreement";
    }

    @PostMapping("/agreements/{id}/claims")
    String recordAgreementFigure(@PathVariable("id") AgreementId agreement, @Valid @ModelAttribute ClaimForm claimForm,
                                 BindingResult errors, Model model) {
        return submit(errors, ClaimForm.FIELDS, () -> {
            ledger.atomically(() -> addClaim(claimForm, claimForm.party(), claimForm.agreementSubject(), null, null));
            return "/ledger/agreements/" + agreement;
        }, () -> agreement(agreement, model));
    }

    @GetMapping("/agreements/new")
    @RequiresPermission(Permission.LEDGER_WRITE)
    String newAgreement(Model model) {
        model.addAttribute("mediators", choices.mediators());
        model.addAttribute("belligerents", choices.belligerents());
        PageForms.blankUnlessTyped(model, "agreementForm", AgreementForm.blank());
        return "ledger/agreement-form";
    }

    @PostMapping("/agreements")
    String addAgreement(@Valid @ModelAttribute AgreementForm agreementForm, BindingResult errors, Model model) {
        return submit(errors, AgreementForm.FIELDS, () -> "/ledger/agreements/" + ledger.add(agreementForm.agreement()).id(),
                () -> newAgreement(model));
    }

    // --- sources, statements, claims ----------------------------------------------------------------

    @GetMapping("/sources")
    String sources(Model model) {
        Map<SourceId, Long> claimCounts = ledger.claims().stream()
                .collect(Collectors.groupingBy(view -> view.source().id(), Collectors.counting()));
        Map<SourceId, Long> statementCounts = ledger.statements().stream()
                .collect(Collectors.groupingBy(Statement::source, Collectors.counting()));
        model.addAttribute("sources", ledger.sources());
        model.addAttribute("claimCounts", claimCounts);
        model.addAttribute("statementCounts", statementCounts);
        PageForms.blankUnlessTyped(model, "sourceForm", SourceForm.blank());
        return "ledger/sources";
    }

    @PostMapping("/sources")
    String addSource(@Valid @ModelAttribute SourceForm sourceForm, BindingResult errors, Model model) {
        return submit(errors, SourceForm.FIELDS, () -> "/ledger/sources/" + ledger.add(sourceForm.source()).id(),
                () -> sources(model));
    }

    @GetMapping("/sources/{id}")
    String source(@PathVariable("id") SourceId sourceId, Model model) {
        List<ClaimView> claims = ledger.claimsFromSource(sourceId);
        List<Map<String, Object>> statements = new ArrayList<>();
        Map<PartyId, Party> parties = choices.partiesById();
        for (Statement statement : ledger.statements()) {
            if (statement.source().equals(sourceId)) {
                statements.add(Map.of("statement", statement,
                        "party", statement.party() == null ? "" : parties.get(statement.party()).name(),
                        "claims", claims.stream().filter(c -> c.statement().id().equals(statement.id())).toList()));
            }
        }
        model.addAttribute("source", ledger.source(sourceId));
        model.addAttribute("statements", statements);
        model.addAttribute("parties", ledger.parties());
        PageForms.blankUnlessTyped(model, "statementForm", StatementForm.blank());
        return "ledger/source";
    }

    @PostMapping("/sources/{id}/statements")
    String addStatement(@PathVariable("id") SourceId source, @Valid @ModelAttribute StatementForm statementForm,
                        BindingResult errors, Model model) {
        return submit(errors, StatementForm.FIELDS, () -> {
            ledger.add(statementForm.statement(source));
            return "/ledger/sources/" + source;
        }, () -> source(source, model));
    }

    @GetMapping("/claims/{id}")
    String claim(@PathVariable("id") ClaimId claimId, Model model) {
        List<ClaimView> history = ledger.claimHistory(claimId);
        model.addAttribute("claim", ledger.claim(claimId));
        model.addAttribute("history", history);
        model.addAttribute("latest", history.get(0));
        model.addAttribute("sources", ledger.sources());
        model.addAttribute("breakdown", ledger.breakdown(history.get(0).claim().id()).orElse(null));
        PageForms.blankUnlessTyped(model, Map.of("claimForm", ClaimForm.blank(), "partForm", PartForm.blank()));
        return "ledger/claim";
    }

    /** A part or "of those" share of the claim, stated by the claim's party in the claim's sentence unless another is given. */
    @PostMapping("/claims/{id}/parts")
    String addPart(@PathVariable("id") ClaimId claimId, @Valid @ModelAttribute PartForm partForm, BindingResult errors,
                   Model model) {
        return submit(errors, PartForm.FIELDS, () -> {
            ClaimView whole = ledger.claim(claimId);
            ledger.atomically(() -> {
                StatementId statement = partForm.quotesNothing() ? whole.statement().id() : ledger.add(new NewStatement(
                        whole.source().id(), whole.statement().party(), whole.statement().speaker(), whole.statement().statedOn(),
                        partForm.quote())).id();
                return ledger.add(new NewClaim(statement, whole.claim().party(), partForm.subjectWithin(whole.claim()),
                        partForm.unitOrBodies(), partForm.figure(), null, null, claimId, null, partForm.isShare()));
            });
            return "/ledger/claims/" + claimId;
        }, () -> claim(claimId, model));
    }

    /** A correction quotes the corrected claim's statement unless a new sentence is given. */
    @PostMapping("/claims/{id}/corrections")
    String correct(@PathVariable("id") ClaimId claimId, @Valid @ModelAttribute ClaimForm claimForm,
                   BindingResult errors, Model model) {
        return submit(errors, ClaimForm.FIELDS, () -> {
            ClaimView old = ledger.claim(claimId);
            StatementId quoted = claimForm.quotesNothing() ? old.statement().id() : null;
            return "/ledger/claims/" + ledger.atomically(() -> addClaim(claimForm, old.claim().party(), old.claim().subject(), claimId, quoted));
        }, () -> claim(claimId, model));
    }

    // --- helpers --------------------------------------------------------------------------------------

    /** Adds the form's claim, quoting {@code quoted} or the form's sentence from the chosen source or a new one. */
    private ClaimId addClaim(ClaimForm form, PartyId party, Subject subject, ClaimId supersedes, StatementId quoted) {
        StatementId statement = quoted != null ? quoted : ledger.add(new NewStatement(
                form.source() != null ? form.source() : ledger.add(form.newSource()).id(), party, form.speaker(), null,
                form.quote())).id();
        return ledger.add(new NewClaim(statement, party, subject, form.unitOrBodies(), form.figure(), null, supersedes, null,
                form.note())).id();
    }
}
