package org.homeward.app.ledger.web;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import org.homeward.app.ledger.HandoverVerdict;
import org.homeward.app.ledger.NewHandoverVerdict;
import org.homeward.app.ledger.TransferId;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A coordinator's verdict on a possible duplicate handover, from the duplicates page. */
record VerdictForm(@NotNull TransferId first, @NotNull TransferId second, @NotNull HandoverVerdict.Kind verdict,
                   @Size(max = NOTE_LENGTH) String note) {

    static final String[] FIELDS = {"first", "second", "verdict", "note"};

    NewHandoverVerdict request() {
        return new NewHandoverVerdict(first, second, verdict, note);
    }
}
