package org.homeward.app.remains;

import static org.homeward.app.web.Limits.BODY_NUMBER_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;

/**
 * Remains to register under a new body number when the content of a bag is separated (a second
 * person, a body part), or when remains arrive outside a transfer.
 *
 * @param bagIds       the bags that held it (may be empty outside a transfer)
 * @param splitFrom    the body number it was separated from, if any (recorded as a SPLIT_FROM link)
 * @param receivedOn   the date its body number is formed from; today when absent
 */
public record NewRemains(@NotNull RemainsKind kind, List<@NotNull Long> bagIds, @Size(max = BODY_NUMBER_LENGTH) String splitFrom,
                         @Size(max = NOTE_LENGTH) String description, @Valid RecoveryPlace claimedPlace,
                         @PastOrPresent LocalDate claimedDate, LocalDate receivedOn, @Size(max = NOTE_LENGTH) String basis) {

    public NewRemains {
        bagIds = bagIds == null ? List.of() : List.copyOf(bagIds);
        splitFrom = Texts.blankToNull(splitFrom);
        description = Texts.blankToNull(description);
        claimedPlace = claimedPlace == null ? RecoveryPlace.UNKNOWN : claimedPlace;
        basis = Texts.blankToNull(basis);
    }
}
