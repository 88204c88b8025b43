package org.homeward.app.families;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded step: when and by whom, and what the step says.
 *
 * @param relativeId        NEXT_OF_KIN_RESOLVED: the relative (R-n) to be told
 * @param scheduledFor      VISIT_SCHEDULED: when
 * @param place             VISIT_SCHEDULED, REMAINS_RELEASED, BURIAL_RECORDED: where
 * @param reaction          FAMILY_INFORMED: how the family received it
 * @param certificateNumber CERTIFICATE_ISSUED
 * @param receivedBy        REMAINS_RELEASED: who received the remains
 * @param occurredOn        the day the step happened, as entered (apart from {@code doneAt}, when it was recorded); null on
 *                          steps recorded before days were entered
 * @param custodyEvent      REMAINS_RELEASED, BURIAL_RECORDED: the custody event of the remains register, when recorded
 */
public record StepRecord(NotificationStep step, Instant doneAt, String doneBy, String note, String relativeId,
                         Instant scheduledFor, String place, FamilyReaction reaction, String certificateNumber,
                         String receivedBy, LocalDate occurredOn, Long custodyEvent) {

    /** The day the step happened: as entered, else the day it was recorded. */
    public LocalDate happenedOn(java.time.ZoneId zone) {
        return occurredOn != null ? occurredOn : LocalDate.ofInstant(doneAt, zone);
    }

    /** Whether the day it happened differs from the day it was recorded, so that pages show both. */
    public boolean enteredLater(java.time.ZoneId zone) {
        return occurredOn != null && !occurredOn.equals(LocalDate.ofInstant(doneAt, zone));
    }

    /** The same record, pointing to the custody event of the remains register that recorded its handover. */
    public StepRecord withCustodyEvent(Long event) {
        return new StepRecord(step, doneAt, doneBy, note, relativeId, scheduledFor, place, reaction, certificateNumber, receivedBy,
                occurredOn, event);
    }
}
