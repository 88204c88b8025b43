package org.homeward.app.families;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.registry.Registry;
import org.homeward.app.security.AccountException;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The workflow's pages: the notifications with the overdue ones first, one notification's steps, the family's printable view. */
@Controller
class FamiliesPages {

    private final FamilyNotifications notifications;
    private final Registry registry;
    private final ZoneId displayZone;

    FamiliesPages(FamilyNotifications notifications, Registry registry, @Value("${homeward.display-time-zone}") ZoneId displayZone) {
        this.notifications = notifications;
        this.registry = registry;
        this.displayZone = displayZone;
    }

    @ModelAttribute("displayZone")
    ZoneId displayZone() {
        return displayZone;
    }

    @GetMapping("/families/notifications")
    @RequiresPermission(Permission.MISSING_READ)
    String list(@RequestParam(defaultValue = "true") boolean open, Model model) {
        model.addAttribute("overdue", notifications.overdue());
        List<Notification> all = notifications.notifications(open);
        model.addAttribute("notifications", all);
        model.addAttribute("open", open);
        model.addAttribute("names", names(all));
        return "families/notifications";
    }

    @GetMapping("/families/notifications/{id}")
    @RequiresPermission(Permission.MISSING_READ)
    String notification(@PathVariable NotificationId id, Model model) {
        Notification n = notifications.notification(id);
        model.addAttribute("n", n);
        model.addAttribute("person", registry.missingPerson(n.missingPersonId()));
        model.addAttribute("family", registry.family(n.familyId()));
        model.addAttribute("reactions", FamilyReaction.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "families/notification";
    }

    @PostMapping("/families/notifications/{id}/steps")
    @RequiresPermission(Permission.NOTIFICATIONS_WRITE)
    String recordStep(@PathVariable NotificationId id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        String page = "/families/notifications/" + id;
        try {
            NotificationStep step = NotificationStep.valueOf(form.getOrDefault("step", ""));
            Instant scheduled = blank(form.get("scheduledFor")) ? null
                    : LocalDateTime.parse(form.get("scheduledFor")).atZone(displayZone).toInstant();
            LocalDate occurred = blank(form.get("occurredOn")) ? null : LocalDate.parse(form.get("occurredOn"));
            FamilyReaction reaction = blank(form.get("reaction")) ? null : FamilyReaction.valueOf(form.get("reaction"));
            int version = Integer.parseInt(form.getOrDefault("version", "-1"));
            notifications.recordStep(id, version, new NewStep(step, form.get("note"), form.get("relativeId"), scheduled,
                    form.get("place"), reaction, form.get("certificateNumber"), form.get("receivedBy"), occurred));
            redirect.addFlashAttribute("saved", "families.step.saved");
        } catch (InputRefusedException refused) {
            redirect.addFlashAttribute("problem", refused.path() + ": " + refused.getMessage());
            redirect.addFlashAttribute("form", form);
        } catch (IllegalArgumentException | DateTimeParseException bad) {
            redirect.addFlashAttribute("problem", "the form is not complete: " + bad.getMessage());
            redirect.addFlashAttribute("form", form);
        } catch (AccountException stale) {
            redirect.addFlashAttribute("problem", stale.getMessage());
        }
        return "redirect:" + page;
    }

    /** A supervisor approves notifying the family. */
    @PostMapping("/families/notifications/{id}/approval")
    @RequiresPermission(Permission.NOTIFICATIONS_APPROVE)
    String approve(@PathVariable NotificationId id, @RequestParam int version, @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        try {
            notifications.approve(id, version, note);
            redirect.addFlashAttribute("saved", "families.step.saved");
        } catch (InputRefusedException | AccountException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/families/notifications/" + id;
    }

    /** For the liaison officer to print or show the family: its own case, in plain words. */
    @GetMapping("/families/cases/{familyId}/view")
    @RequiresPermission(Permission.MISSING_READ)
    String caseView(@PathVariable long familyId, Model model) {
        model.addAttribute("view", notifications.caseView(familyId));
        return "families/case";
    }

    private Map<String, String> names(List<Notification> all) {
        Map<String, String> names = new java.util.HashMap<>();
        for (Notification n : all) {
            registry.findMissingPerson(n.missingPersonId()).ifPresent(p -> names.put(p.id(), p.name()));
        }
        return names;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
