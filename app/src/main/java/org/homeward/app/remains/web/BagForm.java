package org.homeward.app.remains.web;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.homeward.app.remains.NewBag;
import org.homeward.app.remains.RecoveryPlace;
import org.homeward.app.remains.RemainsKind;
import org.springframework.format.annotation.DateTimeFormat;

/** One bag of a transfer as typed on the receipt page; a body unless another kind is chosen. */
record BagForm(@NotBlank @Size(max = 50) String bagNumber, @Size(max = 100) String otherLabel, @Size(max = 200) String region,
               @Size(max = 300) String locality, @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate claimedDate,
               RemainsKind kind, @Size(max = NOTE_LENGTH) String notes) {

    static final String[] FIELDS = {"bagNumber", "otherLabel", "region", "locality", "claimedDate", "kind", "notes"};

    static BagForm blank() {
        return new BagForm(null, null, null, null, null, null, null);
    }

    NewBag bag() {
        return new NewBag(bagNumber, otherLabel, new RecoveryPlace(region, locality, null, null), claimedDate, notes, kind, null);
    }
}
