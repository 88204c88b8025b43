package org.homeward.app.ledger.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.Magnitude;
import org.homeward.app.ledger.Verification;
import org.homeward.app.web.FormRefusals;
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

import jakarta.validation.Valid;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The ledger's pages for what is not a figure: claims without a figure (entered quoting a recorded
 * statement) and the possible duplicate handovers a coordinator rules on.
 */
@Controller
@RequestMapping("/ledger")
@LedgerAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LedgerFindingsPages {

    private final Ledger ledger;
    private final MessageSource messages;

    @InitBinder({"qualitativeClaimForm", "verdictForm"})
    void allowedFields(WebDataBinder binder) {
        PageForms.allowFields(binder, Map.of("qualitativeClaimForm", QualitativeClaimForm.FIELDS, "verdictForm", VerdictForm.FIELDS));
    }

    @GetMapping("/qualitative-claims")
    String qualitativeClaims(Model model) {
        model.addAttribute("claims", ledger.qualitativeClaims());
        model.addAttribute("statements", ledger.statements());
        model.addAttribute("sources", ledger.sources());
        model.addAttribute("precisions", DatePrecision.values());
        model.addAttribute("magnitudes", Magnitude.values());
        model.addAttribute("verifications", Verification.values());
        PageForms.blankUnlessTyped(model, "qualitativeClaimForm", QualitativeClaimForm.blank());
        return "ledger/qualitative-claims";
    }

    @PostMapping("/qualitative-claims")
    String addQualitativeClaim(@Valid @ModelAttribute QualitativeClaimForm qualitativeClaimForm, BindingResult errors,
                               Model model, RedirectAttributes redirect, Locale locale) {
        return submit(errors, QualitativeClaimForm.FIELDS, () -> ledger.add(qualitativeClaimForm.claim()),
                "ledger.qualitative.saved", "/ledger/qualitative-claims", redirect, locale, () -> qualitativeClaims(model));
    }

    @GetMapping("/duplicates")
    String duplicates(Model model) {
        model.addAttribute("duplicates", ledger.possibleDuplicates());
        return "ledger/duplicates";
    }

    @PostMapping("/duplicates")
    String judge(@Valid @ModelAttribute VerdictForm verdictForm, BindingResult errors, Model model,
                 RedirectAttributes redirect, Locale locale) {
        return submit(errors, VerdictForm.FIELDS, () -> ledger.judgeHandovers(verdictForm.request()), "ledger.duplicates.saved",
                "/ledger/duplicates", redirect, locale, () -> {
                    model.addAttribute("refused", FormRefusals.problems(errors));
                    return duplicates(model);
                });
    }

    /**
     * Writes a valid form, says so and goes to {@code page}; an invalid or refused one is shown again
     * by {@code again}, each refusal beside its field.
     */
    private String submit(BindingResult errors, String[] fields, Runnable write, String savedKey, String page,
                          RedirectAttributes redirect, Locale locale, Supplier<String> again) {
        return PageForms.submit(errors, fields, () -> {
            write.run();
            redirect.addFlashAttribute("saved", messages.getMessage(savedKey, null, locale));
            return "redirect:" + page;
        }, again);
    }
}
