package org.homeward.app.families;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A further part of an identified person's remains, confirmed by two analysts, and whether the family
 * was told of it: the day they were told ({@code informedOn}, as it happened) apart from the time it
 * was entered ({@code recordedAt}), and their choice.
 */
public record FurtherRemains(long reassociationId, long notificationId, String missingPersonId, String bodyNumber, Instant associatedAt,
                             LocalDate informedOn, FurtherRemainsChoice choice, String note, String recordedBy, Instant recordedAt) {

    /** True once the family was told and their choice recorded. */
    public boolean familyInformed() {
        return informedOn != null;
    }
}
