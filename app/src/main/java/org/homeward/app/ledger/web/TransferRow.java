package org.homeward.app.ledger.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.NewTransfer;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.ProposedTransfer;
import org.homeward.app.ledger.TransferKind;
import org.springframework.format.annotation.DateTimeFormat;

/** A transfer the report speaks of that is not recorded, as the person corrects it; created when a confirmed claim is about it. */
record TransferRow(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @NotNull DatePrecision precision,
                   @NotNull PartyId from, @NotNull PartyId to) {

    static final String[] FIELDS = {"date", "precision", "from", "to"};

    static TransferRow of(ProposedTransfer proposed) {
        return new TransferRow(proposed.date().date(), proposed.date().precision(), proposed.from(), proposed.to());
    }

    NewTransfer transfer() {
        return new NewTransfer(date, precision, null, null, from, to, null, TransferKind.REPATRIATION, null, null, null);
    }
}
