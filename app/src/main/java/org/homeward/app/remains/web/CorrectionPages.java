package org.homeward.app.remains.web;

import static org.homeward.app.web.Limits.BAG_NUMBER_LENGTH;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.remains.Bag;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.NewBagLabel;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.RemainsSplits;
import org.homeward.app.web.PageForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * What the register learns after receipt: remains that held more than one body or part are split into
 * new numbers, and a bag's label that could not be read is recorded when it is (in the custody chain of
 * what the bag held). Both cannot be undone, so each asks for confirmation.
 */
@Controller
@RemainsAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CorrectionPages {

    private static final String[] SPLIT_FIELDS = {"bodies", "bodyParts", "basis"};
    private static final String[] LABEL_FIELDS = {"bagNumber", "label"};

    private final RemainsRegister register;
    private final RemainsSplits splits;
    private final Ledger ledger;
    private final RemainsDisplay display;

    @GetMapping("/remains/{bodyNumber}/split")
    String split(@PathVariable BodyNumber bodyNumber, Model model) {
        model.addAttribute("file", register.file(bodyNumber));
        PageForms.blankUnlessTyped(model, "splitForm", SplitForm.blank());
        return "remains/split";
    }

    @PostMapping("/remains/{bodyNumber}/split")
    String split(@PathVariable BodyNumber bodyNumber, @Valid @ModelAttribute SplitForm splitForm, BindingResult errors, Model model,
                 RedirectAttributes redirect, Locale locale) {
        return PageForms.submit(errors, SPLIT_FIELDS, () -> {
            List<String> numbers = splits.split(bodyNumber, splitForm.split());
            redirect.addFlashAttribute("notice", display.message("remains.split.done", locale, bodyNumber, numbers.size(),
                    String.join(", ", numbers)));
            return "redirect:/remains/" + bodyNumber;
        }, () -> split(bodyNumber, model));
    }

    /** The form for a bag's label read later, and the transfer's bags still without a readable one. */
    @GetMapping("/remains/transfers/{transfer}/bag-label")
    String bagLabel(@PathVariable TransferId transfer, @RequestParam(required = false) @Size(max = BAG_NUMBER_LENGTH) String bag,
                    Model model) {
        model.addAttribute("view", ledger.transferView(transfer));
        model.addAttribute("awaiting", register.receipt(transfer).bags().stream()
                .filter(b -> (b.provisional() || b.condition() != null) && b.labelRecorded() == null).toList());
        PageForms.blankUnlessTyped(model, "labelForm", new NewBagLabel(bag, null));
        return "remains/bag-label";
    }

    @PostMapping("/remains/transfers/{transfer}/bag-label")
    String bagLabel(@PathVariable TransferId transfer, @Valid @ModelAttribute("labelForm") NewBagLabel labelForm, BindingResult errors,
                    Model model, RedirectAttributes redirect, Locale locale) {
        return PageForms.submit(errors, LABEL_FIELDS, () -> {
            Bag bag = register.recordBagLabel(transfer, labelForm);
            redirect.addFlashAttribute("notice", display.message("remains.bagLabel.recorded", locale, bag.bagNumber(),
                    bag.labelRecorded(), String.join(", ", bag.bodyNumbers())));
            return "redirect:/remains/transfers/" + transfer;
        }, () -> bagLabel(transfer, null, model));
    }
}
