package org.homeward.app.remains.web;

import java.util.List;

import org.homeward.app.ledger.TransferId;
import org.homeward.app.remains.Bag;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.RemainsFile;
import org.homeward.app.remains.RemainsLab;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.SampleCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The printable labels, each a QR code with two lines of text, on one page to print: a body's, a
 * sample's, and those of every body received in a transfer. What a label says is {@link LabelCodes}'s.
 */
@Controller
@RemainsAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PrintedLabelPages {

    private final RemainsRegister register;
    private final RemainsLab lab;

    @GetMapping("/remains/{bodyNumber}/label")
    String body(@PathVariable BodyNumber bodyNumber, Model model) {
        RemainsFile file = register.file(bodyNumber);
        return printed(model, List.of(LabelCodes.body(file.bodyNumber(), file.bags().stream().map(Bag::bagNumber).toList(),
                file.receivedOn())));
    }

    @GetMapping("/remains/samples/{code}/label")
    String sample(@PathVariable SampleCode code, Model model) {
        return printed(model, List.of(LabelCodes.sample(lab.sample(code))));
    }

    @GetMapping("/remains/transfers/{transfer}/labels")
    String transfer(@PathVariable TransferId transfer, Model model) {
        return printed(model, register.receipt(transfer).remains().stream()
                .map(remains -> LabelCodes.body(remains.bodyNumber(), remains.bagNumbers(), remains.receivedOn())).toList());
    }

    private static String printed(Model model, List<LabelCodes.Label> labels) {
        model.addAttribute("labels", labels);
        return "remains/labels";
    }
}
