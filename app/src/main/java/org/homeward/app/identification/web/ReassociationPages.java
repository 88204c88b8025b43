package org.homeward.app.identification.web;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.homeward.app.identification.NewReassociation;
import org.homeward.app.identification.Reassociation;
import org.homeward.app.identification.ReassociationBasis;
import org.homeward.app.identification.ReassociationId;
import org.homeward.app.identification.Reassociations;
import org.homeward.app.security.Actor;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.PageForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The re-association page: the proposal form for a further part of an identified person, and the
 * proposals awaiting a second analyst with their confirmation and rejection forms. A refusal shows
 * the page again with the problem beside its field.
 */
@Controller
@RequiresPermission(Permission.IDENTIFICATION_REVIEW)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReassociationPages {

    private static final String[] PROPOSAL_FIELDS = {"bodyNumber", "missingPersonId", "basis", "reason"};

    private final Reassociations reassociations;

    @GetMapping("/identification/reassociations")
    String page(Model model) {
        model.addAttribute("reassociations", reassociations.recent());
        model.addAttribute("reviewFlags", reassociations.reviewFlags());
        model.addAttribute("bases", ReassociationBasis.values());
        model.addAttribute("me", Actor.current().name());
        PageForms.blankUnlessTyped(model, Map.of("confirmation", DecisionNote.blank(), "rejection", DecisionReason.blank(),
                "proposal", NewReassociation.blank()));
        return "identification/reassociations";
    }

    @PostMapping("/identification/reassociations")
    String propose(@Valid @ModelAttribute("proposal") NewReassociation proposal, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        return decide(errors, model, redirect, () -> reassociations.propose(proposal), PROPOSAL_FIELDS,
                "identification.reassociation.proposed");
    }

    @PostMapping("/identification/reassociations/{id}/confirmation")
    String confirm(@PathVariable ReassociationId id, @Valid @ModelAttribute("confirmation") DecisionNote confirmation, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        return decide(errors, model, redirect, () -> reassociations.confirm(id, confirmation.reason()), DecisionNote.FIELDS,
                "identification.reassociation.confirmed");
    }

    @PostMapping("/identification/reassociations/{id}/rejection")
    String reject(@PathVariable ReassociationId id, @Valid @ModelAttribute("rejection") DecisionReason rejection, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return decide(errors, model, redirect, () -> reassociations.reject(id, rejection.reason()), DecisionReason.FIELDS,
                "identification.reassociation.rejected");
    }

    @InitBinder({"proposal", "confirmation", "rejection"})
    void allowedFields(WebDataBinder binder) {
        PageForms.allowFields(binder, Map.of("proposal", PROPOSAL_FIELDS, "confirmation", DecisionReason.FIELDS, "rejection", DecisionReason.FIELDS));
    }

    private String decide(BindingResult errors, Model model, RedirectAttributes redirect, Supplier<Reassociation> step,
                          String[] fields, String notice) {
        return PageForms.submit(errors, fields, () -> {
            redirect.addFlashAttribute("decided", step.get().id());
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/identification/reassociations";
        }, () -> page(model));
    }
}
