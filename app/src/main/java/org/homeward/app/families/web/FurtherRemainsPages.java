package org.homeward.app.families.web;

import jakarta.validation.Valid;

import org.homeward.app.families.FamilyNotifications;
import org.homeward.app.families.FurtherRemainsChoice;
import org.homeward.app.families.FurtherRemainsSteps;
import org.homeward.app.families.NewFurtherRemainsStep;
import org.homeward.app.families.NotificationId;
import org.homeward.app.identification.ReassociationId;
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
 * The liaison officer's page of a notification's further remains: each further part confirmed by two
 * analysts, and the form recording the day the family was told and their choice. A refused form is
 * shown again with the problem beside its field.
 */
@Controller
@NotificationAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FurtherRemainsPages {

    private static final String[] FIELDS = {"informedOn", "choice", "note"};

    private final FurtherRemainsSteps furtherRemains;
    private final FamilyNotifications notifications;

    @GetMapping("/families/notifications/{id}/further-remains")
    String page(@PathVariable NotificationId id, Model model) {
        model.addAttribute("n", notifications.notification(id));
        model.addAttribute("parts", furtherRemains.ofNotification(id));
        model.addAttribute("choices", FurtherRemainsChoice.values());
        PageForms.blankUnlessTyped(model, "informedForm", NewFurtherRemainsStep.blank());
        return "families/further-remains";
    }

    @PostMapping("/families/further-remains/{reassociation}/informed")
    String informed(@PathVariable ReassociationId reassociation, @Valid @ModelAttribute("informedForm") NewFurtherRemainsStep informedForm,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        NotificationId notification = new NotificationId(furtherRemains.part(reassociation).notificationId());
        return PageForms.submit(errors, FIELDS, () -> {
            furtherRemains.recordInformed(reassociation, informedForm);
            redirect.addFlashAttribute("saved", "families.step.saved");
            return "redirect:/families/notifications/" + notification + "/further-remains";
        }, () -> {
            model.addAttribute("refusedPart", reassociation.value());
            return page(notification, model);
        });
    }

    @InitBinder("informedForm")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields(FIELDS);
    }
}
