package org.homeward.app.remains;

import static org.homeward.app.web.Limits.BODY_NUMBER_LENGTH;
import static org.homeward.app.web.Limits.ITEMS_PER_REQUEST;
import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.PLACE_LENGTH;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;
import org.homeward.app.ledger.PartyId;

/**
 * Remains assessed as the other side's, to send back: a return transfer is recorded in the ledger
 * (from the party that received them to the party that sent them, naming the transfer they came in)
 * and a RETURN_TO_OTHER_SIDE custody event for each. All must have arrived in the same transfer.
 */
public record NewReturn(@NotEmpty @Size(max = ITEMS_PER_REQUEST) List<@NotNull @Size(max = BODY_NUMBER_LENGTH) String> bodyNumbers, @NotNull LocalDate date,
                        @Size(max = PLACE_LENGTH) String place, List<@NotNull PartyId> facilitators, @Size(max = NOTE_LENGTH) String note,
                        @Valid Handover handover) {

    public NewReturn {
        bodyNumbers = bodyNumbers == null ? List.of() : List.copyOf(bodyNumbers);
        place = Texts.blankToNull(place);
        facilitators = facilitators == null ? List.of() : List.copyOf(facilitators);
        note = Texts.blankToNull(note);
        handover = handover == null ? Handover.UNSPECIFIED : handover;
    }
}
