package org.homeward.app.ledger.web;

import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.TITLE_LENGTH;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.homeward.app.ledger.AgreementId;
import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.NewTransfer;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.TransferKind;
import org.springframework.format.annotation.DateTimeFormat;

/** The new-transfer form; the date is known to the day and the kind is a repatriation unless chosen. */
record TransferForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, DatePrecision precision,
                    @Size(max = TITLE_LENGTH) String place, @Positive Integer phase, @NotNull PartyId from, @NotNull PartyId to,
                    AgreementId agreement, TransferKind kind, TransferId returns, List<PartyId> facilitators,
                    @Size(max = NOTE_LENGTH) String note) {

    static final String[] FIELDS = {"date", "precision", "place", "phase", "from", "to", "agreement", "kind", "returns",
            "facilitators", "note"};

    static TransferForm blank() {
        return new TransferForm(null, DatePrecision.DAY, null, null, null, null, null, TransferKind.REPATRIATION, null,
                List.of(), null);
    }

    NewTransfer transfer() {
        return new NewTransfer(date, precision == null ? DatePrecision.DAY : precision, place, phase, from, to, agreement,
                kind == null ? TransferKind.REPATRIATION : kind, returns, facilitators, note);
    }
}
