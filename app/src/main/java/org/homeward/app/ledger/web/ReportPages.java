package org.homeward.app.ledger.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.LedgerDate;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.ReportEntry;
import org.homeward.app.ledger.Source;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.PageForms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One report on one screen: the person pastes a report or uploads a text or HTML file; the screen
 * proposes its source, each claim with its speaker, statement date and subject (a recorded transfer,
 * or a new one), its parts and its claims without a number; the person corrects in place and saves
 * everything in one post, recorded in one transaction ({@link ReportEntry}). A refusal comes back
 * beside the field of the row that caused it, and nothing is saved.
 */
@Controller
@RequestMapping("/ledger/proposals")
@RequiresPermission(Permission.LEDGER_WRITE)
class ReportPages {

    private static final Map<String, String[]> FORM_FIELDS = Map.of("proposalForm", ProposalForm.FIELDS, "confirmForm", ConfirmForm.FIELDS);

    private final ReportEntry entry;
    private final LedgerChoices choices;

    ReportPages(Ledger ledger, ReportEntry entry, MessageSource messages) {
        this.entry = entry;
        this.choices = new LedgerChoices(ledger, messages);
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        LedgerForms.allowOnly(binder, FORM_FIELDS);
    }

    @ModelAttribute
    void choices(Model model) {
        LedgerForms.enumChoices(model);
    }

    @GetMapping
    String proposalForm(Model model) {
        PageForms.blankUnlessTyped(model, "proposalForm", ProposalForm.blank());
        return "ledger/proposals";
    }

    @PostMapping
    String propose(@Valid @ModelAttribute ProposalForm proposalForm, BindingResult errors, Model model, Locale locale) {
        if (errors.hasErrors()) {
            return proposalForm(model);
        }
        ReportText text = proposalForm.report();
        model.addAttribute("confirmForm", ConfirmForm.of(proposalForm, text,
                choices.ledger().read(text.text(), proposalForm.publishedOn() != null ? proposalForm.publishedOn() : text.publishedOn())));
        return review(model, locale);
    }

    /** Records the confirmed report in one transaction; a refused row comes back marked, and nothing is saved. */
    @PostMapping("/confirm")
    String confirm(@Valid @ModelAttribute ConfirmForm confirmForm, BindingResult errors, Model model,
                   RedirectAttributes redirect, Locale locale) {
        if (errors.getTarget() == null) { // not even a form to show again: rows that are not rows
            throw new InputRefusedException("rows", "must be the rows of the review");
        }
        if (errors.hasErrors()) {
            return review(model, locale);
        }
        if (!confirmForm.anyAccepted()) {
            return "redirect:/ledger/proposals";
        }
        ConfirmForm.Entry report;
        try {
            report = confirmForm.entry();
        } catch (ConfirmForm.RowRefused refused) {
            errors.rejectValue("rows[" + refused.row + "]." + refused.field, "refused",
                    choices.messages().getMessage("ledger.proposals.noSuchSubject", null, locale));
            return review(model, locale);
        }
        Source source;
        try {
            source = entry.enter(report.report());
        } catch (InputRefusedException refused) {
            reject(errors, refused, report);
            return review(model, locale);
        }
        long created = report.report().items().stream().filter(item -> item.figure() != null).count();
        long quoted = report.report().items().size() - created;
        redirect.addFlashAttribute("saved", choices.messages().getMessage("ledger.proposals.created", new Object[] {created}, locale)
                + (quoted > 0 ? " " + choices.messages().getMessage("ledger.proposals.quoted", new Object[] {quoted}, locale) : ""));
        return "redirect:/ledger/sources/" + source.id();
    }

    /** The review screen, with the choices of its selects and the new transfers among the subjects. */
    private String review(Model model, Locale locale) {
        ConfirmForm form = (ConfirmForm) model.getAttribute("confirmForm");
        List<Party> parties = choices.ledger().parties();
        Map<PartyId, String> names = new LinkedHashMap<>();
        parties.forEach(party -> names.put(party.id(), party.name()));
        Map<String, String> subjects = new LinkedHashMap<>();
        subjects.put("", choices.messages().getMessage("ledger.proposals.noSubject", null, locale));
        for (int i = 0; form != null && i < form.transfers().size(); i++) {
            TransferRow transfer = form.transfers().get(i);
            String date = transfer.date() == null || transfer.precision() == null ? "?"
                    : new LedgerDate(transfer.date(), transfer.precision()).format(locale);
            subjects.put("NEW:" + i, choices.messages().getMessage("ledger.proposals.newTransfer", new Object[] {i + 1}, locale) + ": " + date
                    + " · " + names.getOrDefault(transfer.from(), "?") + " → " + names.getOrDefault(transfer.to(), "?"));
        }
        subjects.putAll(choices.subjectOptions(locale));
        model.addAttribute("parties", parties);
        model.addAttribute("belligerents", choices.belligerents());
        model.addAttribute("subjects", subjects);
        return "ledger/proposals";
    }

    /** A refusal beside the field it names: a row's, a new transfer's, or the source's; else above the form. */
    private static void reject(BindingResult errors, InputRefusedException refused, ConfirmForm.Entry report) {
        List<String> rowFields = List.of(ProposalRow.FIELDS);
        List<String> transferFields = List.of(TransferRow.FIELDS);
        for (InputRefusedException.Problem problem : LedgerForms.figureBesideValue(refused).problems()) {
            String path = problem.path();
            String field = path.contains(".") ? path.substring(path.indexOf('.') + 1) : path;
            field = field.startsWith("subject") ? "subject" : field;
            if (path.startsWith("items[") && rowFields.contains(field)) {
                int item = Integer.parseInt(path.substring("items[".length(), path.indexOf(']')));
                errors.rejectValue("rows[" + report.rowOfItem().get(item) + "]." + field, "refused", problem.message());
            } else if (path.startsWith("transfers[") && transferFields.contains(field)) {
                int transfer = Integer.parseInt(path.substring("transfers[".length(), path.indexOf(']')));
                errors.rejectValue("transfers[" + report.rowOfTransfer().get(transfer) + "]." + field, "refused", problem.message());
            } else if (List.of(ConfirmForm.SOURCE_FIELDS).contains(path)) {
                errors.rejectValue(path, "refused", problem.message());
            } else {
                errors.reject("refused", problem.message());
            }
        }
    }
}
