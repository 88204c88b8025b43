package org.homeward.app.remains.web;

import static org.homeward.app.web.Limits.BODY_NUMBER_LENGTH;
import static org.homeward.app.web.Limits.ITEMS_PER_REQUEST;
import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.PLACE_LENGTH;
import static org.homeward.app.web.Limits.WITNESSES;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.ledger.PartyId;
import org.homeward.app.remains.NewReturn;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A return to the other side as chosen on a receipt's return page: the remains ticked, the day of
 * the handover, where, and the mediators present. The receiving party is the one that sent them.
 */
record ReturnForm(@NotEmpty @Size(max = ITEMS_PER_REQUEST) List<@NotNull @Size(max = BODY_NUMBER_LENGTH) String> bodyNumbers,
                  @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @Size(max = PLACE_LENGTH) String place,
                  @Size(max = WITNESSES) List<@NotNull PartyId> facilitators, @Size(max = NOTE_LENGTH) String note) {

    static final String[] FIELDS = {"bodyNumbers", "date", "place", "facilitators", "note"};

    static ReturnForm blank(String place) {
        return new ReturnForm(List.of(), null, place, List.of(), null);
    }

    NewReturn newReturn() {
        return new NewReturn(bodyNumbers, date, place, facilitators, note, null);
    }
}
