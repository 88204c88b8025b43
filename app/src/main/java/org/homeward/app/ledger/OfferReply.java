package org.homeward.app.ledger;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The response to an offer, as it now stands. */
public record OfferReply(@NotNull OfferResponse status, @Size(max = 2000) String response, LocalDate respondedOn) {
}
