package org.homeward.app.remains.web;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.homeward.app.ledger.Ledger;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.Condition;
import org.homeward.app.remains.CustodyEventType;
import org.homeward.app.remains.CustodyItem;
import org.homeward.app.remains.CustodyLog;
import org.homeward.app.remains.EffectCategory;
import org.homeward.app.remains.EstimatedSex;
import org.homeward.app.remains.LinkKind;
import org.homeward.app.remains.Nationality;
import org.homeward.app.remains.LabelStatements;
import org.homeward.app.remains.NationalityEvidence;
import org.homeward.app.remains.NewStatedIdentity;
import org.homeward.app.remains.RemainsFile;
import org.homeward.app.remains.RemainsLab;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.SampleMaterial;
import org.homeward.app.remains.StatementSource;
import org.homeward.app.remains.StorageKind;
import org.homeward.app.security.KeptPage;
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
 * A body's page: everything about it and its custody timeline, with the forms that add to it. A
 * refused form comes back on the same page with each problem beside its field and what was typed kept.
 */
@Controller
@RemainsAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BodyPages {

    private static final String[] STATEMENT_FIELDS = {"source", "statedName", "statedServiceNumber", "statedSide"};

    private static final Map<String, String[]> FORMS = Map.of("custodyForm", CustodyForm.FIELDS, "sampleForm", SampleForm.FIELDS,
            "examinationForm", ExaminationForm.FIELDS, "effectForm", EffectForm.FIELDS, "nationalityForm", NationalityForm.FIELDS,
            "linkForm", LinkForm.FIELDS, "statementForm", STATEMENT_FIELDS);

    private final RemainsRegister register;
    private final RemainsLab lab;
    private final CustodyLog custody;
    private final Ledger ledger;
    private final RemainsDisplay display;
    private final LabelStatements labels;

    @KeptPage
    @GetMapping("/remains/{bodyNumber}")
    String body(@PathVariable BodyNumber bodyNumber, Model model) {
        RemainsFile file = register.file(bodyNumber);
        model.addAttribute("file", file);
        model.addAttribute("transfer", file.transfer() == null ? null : ledger.transfer(file.transfer()).orElse(null));
        model.addAttribute("eventTypes", java.util.Arrays.stream(CustodyEventType.values())
                .filter(type -> !type.recordedThroughItsWorkflow()).toList());
        model.addAttribute("storages", StorageKind.values());
        model.addAttribute("conditions", Condition.values());
        model.addAttribute("sexes", EstimatedSex.values());
        model.addAttribute("categories", EffectCategory.values());
        model.addAttribute("nationalities", Nationality.values());
        model.addAttribute("evidence", NationalityEvidence.values());
        model.addAttribute("materials", SampleMaterial.values());
        model.addAttribute("linkKinds", EnumSet.of(LinkKind.SAME_PERSON, LinkKind.POSSIBLY_SAME_PERSON, LinkKind.NOT_SAME_PERSON));
        model.addAttribute("statements", labels.statements(bodyNumber));
        model.addAttribute("labelContradictions", labels.contradictions(bodyNumber));
        model.addAttribute("statementSources", StatementSource.values());
        PageForms.blankUnlessTyped(model, Map.of("custodyForm", CustodyForm.blank(), "sampleForm", SampleForm.blank(),
                "examinationForm", ExaminationForm.blank(), "effectForm", EffectForm.blank(), "nationalityForm", NationalityForm.blank(),
                "linkForm", LinkForm.blank(), "statementForm", NewStatedIdentity.blank()));
        return "remains/body";
    }

    @PostMapping("/remains/{bodyNumber}/custody")
    String recordCustody(@PathVariable BodyNumber bodyNumber, @Valid @ModelAttribute CustodyForm custodyForm, BindingResult errors,
                         Model model, RedirectAttributes redirect, Locale locale) {
        return submit(bodyNumber, errors, CustodyForm.FIELDS, model, redirect, () -> display.message("remains.body.custodyRecorded", locale,
                custody.record(CustodyItem.remains(bodyNumber.value()), custodyForm.event(display.zone())).seq()));
    }

    @PostMapping("/remains/{bodyNumber}/samples")
    String takeSample(@PathVariable BodyNumber bodyNumber, @Valid @ModelAttribute SampleForm sampleForm, BindingResult errors,
                      Model model, RedirectAttributes redirect, Locale locale) {
        return submit(bodyNumber, errors, SampleForm.FIELDS, model, redirect, () -> display.message("remains.body.sampleTaken", locale,
                lab.takeSample(bodyNumber, sampleForm.sample(display.zone())).code()));
    }

    @PostMapping("/remains/{bodyNumber}/examinations")
    String examine(@PathVariable BodyNumber bodyNumber, @Valid @ModelAttribute ExaminationForm examinationForm, BindingResult errors,
                   Model model, RedirectAttributes redirect, Locale locale) {
        return submit(bodyNumber, errors, ExaminationForm.FIELDS, model, redirect, () -> {
            register.examine(bodyNumber, examinationForm.examination());
            return display.message("remains.body.examined", locale);
        });
    }

    @PostMapping("/remains/{bodyNumber}/effects")
    String addEffect(@PathVariable BodyNumber bodyNumber, @Valid @ModelAttribute EffectForm effectForm, BindingResult errors,
                     Model model, RedirectAttributes redirect, Locale locale) {
        return submit(bodyNumber, errors, EffectForm.FIELDS, model, redirect, () -> display.message("remains.body.effectRecorded", locale,
                register.addEffect(bodyNumber, effectForm.effect()).code()));
    }

    @PostMapping("/remains/{bodyNumber}/nationality")
    String assessNationality(@PathVariable BodyNumber bodyNumber, @Valid @ModelAttribute NationalityForm nationalityForm,
                             BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
        return submit(bodyNumber, errors, NationalityForm.FIELDS, model, redirect, () -> {
            register.assessNationality(bodyNumber, nationalityForm.newAssessment());
            return display.message("remains.body.assessed", locale);
        });
    }

    @PostMapping("/remains/{bodyNumber}/links")
    String link(@PathVariable BodyNumber bodyNumber, @Valid @ModelAttribute LinkForm linkForm, BindingResult errors, Model model,
                RedirectAttributes redirect, Locale locale) {
        return submit(bodyNumber, errors, LinkForm.FIELDS, model, redirect, () -> {
            register.link(bodyNumber, linkForm.link());
            return display.message("remains.body.linked", locale);
        });
    }

    /** What a label, the manifest or the handover stated of whose remains these are (compared with DNA on identification). */
    @PostMapping("/remains/{bodyNumber}/stated-identity")
    String stateIdentity(@PathVariable BodyNumber bodyNumber, @Valid @ModelAttribute("statementForm") NewStatedIdentity statementForm,
                         BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
        return submit(bodyNumber, errors, STATEMENT_FIELDS, model, redirect, () -> {
            labels.record(bodyNumber, statementForm);
            return display.message("remains.body.identityStated", locale);
        });
    }

    /** Each form of the page binds only its own fields. */
    @InitBinder({"custodyForm", "sampleForm", "examinationForm", "effectForm", "nationalityForm", "linkForm", "statementForm"})
    void allowedFields(WebDataBinder binder) {
        PageForms.allowFields(binder, FORMS);
    }

    /**
     * A form's write, unless the form was refused: its notice is shown on the body's page; a refusal
     * (the form's or the register's) renders the page again with the problems beside the fields.
     */
    private String submit(BodyNumber bodyNumber, BindingResult errors, String[] fields, Model model, RedirectAttributes redirect,
                          Supplier<String> write) {
        return PageForms.submit(errors, fields, () -> {
            redirect.addFlashAttribute("notice", write.get());
            return "redirect:/remains/" + bodyNumber;
        }, () -> body(bodyNumber, model));
    }

    /** The blank form, unless the page shows a refused one again. */
}
