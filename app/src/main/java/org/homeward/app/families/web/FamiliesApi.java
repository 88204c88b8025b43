package org.homeward.app.families.web;

import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.SHORT_TEXT_LENGTH;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Page;
import org.homeward.app.families.FamilyCaseView;
import org.homeward.app.families.FamilyNotifications;
import org.homeward.app.families.FamilyReaction;
import org.homeward.app.families.NewStep;
import org.homeward.app.families.Notification;
import org.homeward.app.families.NotificationId;
import org.homeward.app.families.NotificationStep;
import org.homeward.app.lists.ListForm;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The families' workflow over REST under {@code /api/families}: notifications, overdue steps, steps, a family's view. */
@RestController
@RequestMapping("/api/families")
@NotificationAccess
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FamiliesApi {

    /** A step with the notification's version it was based on. */
    record StepBody(@NotNull Integer version, @NotNull NotificationStep step, @Size(max = NOTE_LENGTH) String note,
                    @Size(max = CODE_LENGTH) String relativeId, Instant scheduledFor, @Size(max = NAME_LENGTH) String place, FamilyReaction reaction,
                    @Size(max = SHORT_TEXT_LENGTH) String certificateNumber, @Size(max = NAME_LENGTH) String receivedBy, LocalDate occurredOn) {
        NewStep toStep() {
            return new NewStep(step, note, relativeId, scheduledFor, place, reaction, certificateNumber, receivedBy, occurredOn);
        }
    }

    /** A supervisor's approval of notifying the family. */
    record ApprovalBody(@NotNull Integer version, @Size(max = NOTE_LENGTH) String note) {
    }

    private final FamilyNotifications notifications;

    @GetMapping("/notifications")
    Page<Notification> notifications(@Valid @ParameterObject ListForm listForm) {
        return notifications.notifications(listForm.query());
    }

    @GetMapping("/notifications/overdue")
    List<Notification> overdue() {
        return notifications.overdue();
    }

    @GetMapping("/notifications/{id}")
    Notification notification(@PathVariable NotificationId id) {
        return notifications.notification(id);
    }

    @PostMapping("/notifications/{id}/steps")
    Notification recordStep(@PathVariable NotificationId id, @Valid @RequestBody StepBody body) {
        return notifications.recordStep(id, body.version(), body.toStep());
    }

    @PostMapping("/notifications/{id}/approval")
    @RequiresPermission(Permission.NOTIFICATIONS_APPROVE)
    Notification approve(@PathVariable NotificationId id, @Valid @RequestBody ApprovalBody body) {
        return notifications.approve(id, body.version(), body.note());
    }

    @GetMapping("/cases/{familyId}")
    FamilyCaseView caseView(@PathVariable long familyId) {
        return notifications.caseView(familyId);
    }
}
