package org.homeward.app.ledger;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The response to an offer, as it now stands. */
public record OfferReply(@NotNull OfferResponse status, @Size(max = NOTE_LENGTH) String response, LocalDate respondedOn) {
}
