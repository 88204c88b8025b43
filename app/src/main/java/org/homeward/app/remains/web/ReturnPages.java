package org.homeward.app.remains.web;

import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.PartyKind;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.TransferView;
import org.homeward.app.remains.RemainsReturns;
import org.homeward.app.remains.ReturnManifest;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.PageForms;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.Operation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A return to the other side: chosen on its receipt's return page among the remains assessed as the
 * other side's (irreversible, so confirmed), then what it sent back, and its manifest for the receiving party and the
 * mediator, as a PDF to sign and a CSV, both in Ukrainian and English (each download audited).
 */
@Controller
@RemainsAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReturnPages {

    private final RemainsReturns returns;
    private final ReturnManifestFiles files;
    private final ApplicationEventPublisher events;
    private final Ledger ledger;
    private final RemainsDisplay display;

    /** The receipt's remains that may go back, with their evidence, and the form that returns those ticked. */
    @GetMapping("/remains/transfers/{transfer}/return")
    String returnForm(@PathVariable TransferId transfer, Model model) {
        TransferView view = ledger.transferView(transfer);
        model.addAllAttributes(Map.of("view", view, "candidates", returns.returnable(transfer),
                "mediators", ledger.parties().stream().filter(party -> party.kind() == PartyKind.MEDIATOR).toList()));
        PageForms.blankUnlessTyped(model, "returnForm", ReturnForm.blank(view.transfer().place()));
        return "remains/return-form";
    }

    @PostMapping("/remains/transfers/{transfer}/return")
    String returnToOtherSide(@PathVariable TransferId transfer, @Valid @ModelAttribute ReturnForm returnForm, BindingResult errors,
                             Model model, RedirectAttributes redirect, Locale locale) {
        return PageForms.submit(errors, ReturnForm.FIELDS, () -> {
            TransferId returned;
            try {
                returned = returns.returnToOtherSide(returnForm.newReturn());
            } catch (InputRefusedException refused) {
                throw atListFields(refused);
            }
            redirect.addFlashAttribute("notice", display.message("remains.returnForm.done", locale, returnForm.bodyNumbers().size()));
            return "redirect:/remains/returns/" + returned;
        }, () -> returnForm(transfer, model));
    }

    /** A refusal naming one item of a list ("bodyNumbers[2]") is shown beside the list's field. */
    private static InputRefusedException atListFields(InputRefusedException refused) {
        return new InputRefusedException(refused.problems().stream()
                .map(problem -> new InputRefusedException.Problem(problem.path().replaceFirst("\\[\\d+]$", ""), problem.message())).toList());
    }

    @GetMapping("/remains/returns/{transfer}")
    String returned(@PathVariable TransferId transfer, Model model) {
        model.addAttribute("manifest", returns.manifest(transfer));
        return "remains/return";
    }

    @GetMapping("/remains/returns/{transfer}/manifest.{format:pdf|csv}")
    @RequiresPermission(Permission.DATA_EXPORT)
    @Operation(summary = "The manifest of a return to the other side, in Ukrainian and English, as PDF or CSV")
    ResponseEntity<byte[]> manifest(@PathVariable TransferId transfer, @PathVariable String format) {
        ReturnManifest manifest = returns.manifest(transfer);
        events.publishEvent(AuditEvent.of("remains.return-manifest.exported", "transfer:" + transfer).with("format", format)
                .with("remains", manifest.remains().size()));
        return "pdf".equals(format) ? files.pdf(manifest) : files.csv(manifest);
    }
}
