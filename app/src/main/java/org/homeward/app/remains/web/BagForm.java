package org.homeward.app.remains.web;

import static org.homeward.app.web.Limits.BAG_NUMBER_LENGTH;
import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.PLACE_LENGTH;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.homeward.app.remains.BagCondition;
import org.homeward.app.remains.NewBag;
import org.homeward.app.remains.RecoveryPlace;
import org.homeward.app.remains.RemainsKind;
import org.springframework.format.annotation.DateTimeFormat;

/** One bag of a transfer as typed on the receipt page; a body unless another kind is chosen. */
record BagForm(@Size(max = BAG_NUMBER_LENGTH) String bagNumber, @Size(max = CODE_LENGTH) String otherLabel, @Size(max = NAME_LENGTH) String region,
               @Size(max = PLACE_LENGTH) String locality, @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate claimedDate,
               RemainsKind kind, @Size(max = NOTE_LENGTH) String notes, BagCondition condition) {

    static final String[] FIELDS = {"bagNumber", "otherLabel", "region", "locality", "claimedDate", "kind", "notes", "condition"};

    static BagForm blank() {
        return new BagForm(null, null, null, null, null, null, null, null);
    }

    NewBag bag() {
        return new NewBag(bagNumber, otherLabel, new RecoveryPlace(region, locality, null, null), claimedDate, notes, kind, null, condition);
    }
}
