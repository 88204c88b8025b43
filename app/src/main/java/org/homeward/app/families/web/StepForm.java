package org.homeward.app.families.web;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.families.FamilyReaction;
import org.homeward.app.families.NewStep;
import org.homeward.app.families.NotificationStep;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The next step of a notification as its page records it, with the notification's version it was
 * based on; the visit's time is the wall-clock time of the display zone. Which fields a step needs
 * is the notification's rule ({@code Notification.advance}).
 */
record StepForm(@NotNull NotificationStep step,
                @NotNull Integer version,
                @Size(max = NOTE_LENGTH) String note,
                @Size(max = 20) String relativeId,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime scheduledFor,
                @Size(max = 300) String place,
                FamilyReaction reaction,
                @Size(max = 100) String certificateNumber,
                @Size(max = 300) String receivedBy,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn) {

    /** The fields a browser may post; anything else is ignored by the binder. */
    static final String[] FIELDS = {"step", "version", "note", "relativeId", "scheduledFor", "place", "reaction", "certificateNumber",
            "receivedBy", "occurredOn"};

    /** The blank form of the next step of a notification at {@code version}. */
    static StepForm blank(NotificationStep step, int version) {
        return new StepForm(step, version, null, null, null, null, null, null, null, null);
    }

    NewStep toStep(ZoneId displayZone) {
        return new NewStep(step, note, relativeId, scheduledFor == null ? null : scheduledFor.atZone(displayZone).toInstant(), place,
                reaction, certificateNumber, receivedBy, occurredOn);
    }
}
