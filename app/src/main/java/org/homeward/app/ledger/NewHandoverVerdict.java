package org.homeward.app.ledger;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A verdict to record on two transfers the ledger reports as possibly the same handover. */
public record NewHandoverVerdict(@NotNull TransferId first, @NotNull TransferId second,
                                 @NotNull HandoverVerdict.Kind verdict, @Size(max = NOTE_LENGTH) String note) {
}
