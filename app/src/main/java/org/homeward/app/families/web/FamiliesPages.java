package org.homeward.app.families.web;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.families.FamilyNotifications;
import org.homeward.app.families.FamilyReaction;
import org.homeward.app.families.Notification;
import org.homeward.app.families.NotificationId;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.lists.ListForm;
import org.homeward.app.lists.Listing;
import org.homeward.app.security.AccountException;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.homeward.app.web.PageForms;
import org.springframework.beans.factory.annotation.Value;
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

/** The workflow's pages: the notifications with the overdue ones first, one notification's steps, the family's printable view. */
@Controller
@NotificationAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FamiliesPages {

    private final FamilyNotifications notifications;
    private final MissingPersons missingPersons;
    private final Families families;
    @Value("${homeward.display-time-zone}")
    private final ZoneId displayZone;

    @ModelAttribute("displayZone")
    ZoneId displayZone() {
        return displayZone;
    }

    @GetMapping("/families/notifications")
    String list(@Valid ListForm listForm, Model model) {
        model.addAttribute("overdue", notifications.overdue());
        ListQuery query = listForm.query();
        Page<Notification> page = notifications.notifications(query);
        model.addAttribute("list", Listing.of(page, listForm));
        model.addAttribute("open", query.filter().status() == null);
        model.addAttribute("names", names(page.items()));
        return "families/notifications";
    }

    @InitBinder({"stepForm", "approvalForm"})
    void allowedFields(WebDataBinder binder) {
        PageForms.allowFields(binder, Map.of("stepForm", StepForm.FIELDS, "approvalForm", ApprovalForm.FIELDS));
    }

    @GetMapping("/families/notifications/{id}")
    String notification(@PathVariable NotificationId id, Model model) {
        Notification n = notifications.notification(id);
        model.addAttribute("n", n);
        model.addAttribute("person", missingPersons.missingPerson(n.missingPersonId()));
        model.addAttribute("family", families.family(n.familyId()));
        model.addAttribute("reactions", FamilyReaction.values());
        PageForms.blankUnlessTyped(model, Map.of("stepForm", StepForm.blank(n.nextStep(), n.version()),
                "approvalForm", ApprovalForm.blank(n.version())));
        return "families/notification";
    }

    /** A refused step is shown again on its page, each problem beside its field, with what was typed. */
    @PostMapping("/families/notifications/{id}/steps")
    String recordStep(@PathVariable NotificationId id, @Valid @ModelAttribute StepForm stepForm, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        return submit(id, errors, StepForm.FIELDS, () -> notifications.recordStep(id, stepForm.version(), stepForm.toStep(displayZone)),
                model, redirect);
    }

    /** A supervisor approves notifying the family; a refused approval is shown again with its problems beside its fields. */
    @PostMapping("/families/notifications/{id}/approval")
    @RequiresPermission(Permission.NOTIFICATIONS_APPROVE)
    String approve(@PathVariable NotificationId id, @Valid @ModelAttribute ApprovalForm approvalForm, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        return submit(id, errors, ApprovalForm.FIELDS, () -> notifications.approve(id, approvalForm.version(), approvalForm.note()),
                model, redirect);
    }

    /** Records a valid form's step and goes back to the notification; a refused one (invalid, refused or stale) is shown again. */
    private String submit(NotificationId id, BindingResult errors, String[] fields, Runnable record, Model model, RedirectAttributes redirect) {
        return PageForms.submit(errors, fields, () -> {
            try {
                record.run();
            } catch (AccountException stale) {
                errors.reject("stale", stale.getMessage());
                return notification(id, model);
            }
            redirect.addFlashAttribute("saved", "families.step.saved");
            return "redirect:/families/notifications/" + id;
        }, () -> notification(id, model));
    }

    /** For the liaison officer to print or show the family: its own case, in plain words. */
    @GetMapping("/families/cases/{familyId}/view")
    String caseView(@PathVariable long familyId, Model model) {
        model.addAttribute("view", notifications.caseView(familyId));
        return "families/case";
    }

    private Map<String, String> names(List<Notification> all) {
        Map<String, String> names = new HashMap<>();
        for (Notification n : all) {
            missingPersons.findMissingPerson(n.missingPersonId()).ifPresent(p -> names.put(p.id(), p.name()));
        }
        return names;
    }
}
