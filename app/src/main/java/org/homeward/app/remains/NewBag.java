package org.homeward.app.remains;

import static org.homeward.app.web.Limits.BAG_NUMBER_LENGTH;
import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;

/**
 * A bag or package to register on receipt of a transfer, one at a time; it gets a body number of
 * its own (its content is taken to be one body until examination says otherwise). A bag without a
 * number that can be read is registered under a provisional one, UNLABELLED unless another
 * condition is given.
 */
public record NewBag(@Size(max = BAG_NUMBER_LENGTH) String bagNumber, @Size(max = CODE_LENGTH) String otherLabel,
                     @Valid RecoveryPlace claimedPlace, @PastOrPresent LocalDate claimedDate, @Size(max = NOTE_LENGTH) String notes,
                     RemainsKind kind, @Valid Handover handover, BagCondition condition) {

    public NewBag {
        bagNumber = Texts.blankToNull(bagNumber);
        otherLabel = Texts.blankToNull(otherLabel);
        claimedPlace = claimedPlace == null ? RecoveryPlace.UNKNOWN : claimedPlace;
        notes = Texts.blankToNull(notes);
        kind = kind == null ? RemainsKind.BODY : kind;
        handover = handover == null ? Handover.UNSPECIFIED : handover;
        condition = condition == null && bagNumber == null ? BagCondition.UNLABELLED : condition;
    }
}
