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
 * @param occurredOn        BURIAL_RECORDED: the day of the burial
 * @param custodyEvent      REMAINS_RELEASED, BURIAL_RECORDED: the custody event of the remains register, when recorded
 */
public record StepRecord(NotificationStep step, Instant doneAt, String doneBy, String note, String relativeId,
                         Instant scheduledFor, String place, FamilyReaction reaction, String certificateNumber,
                         String receivedBy, LocalDate occurredOn, Long custodyEvent) {

    /** The same record, pointing to the custody event of the remains register that recorded its handover. */
    public StepRecord withCustodyEvent(Long event) {
        return new StepRecord(step, doneAt, doneBy, note, relativeId, scheduledFor, place, reaction, certificateNumber, receivedBy,
                occurredOn, event);
    }
}
