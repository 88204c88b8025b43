package org.homeward.app.ledger.web;

import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.TITLE_LENGTH;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.NewAgreement;
import org.homeward.app.ledger.NewCommitment;
import org.homeward.app.ledger.PartyId;
import org.springframework.format.annotation.DateTimeFormat;

/** The new-agreement form: one direction, and a second one when either of its parties is chosen. */
record AgreementForm(@NotBlank @Size(max = TITLE_LENGTH) String name,
                     @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, DatePrecision precision,
                     @Size(max = TITLE_LENGTH) String place, PartyId mediator,
                     @NotNull PartyId from1, @NotNull PartyId to1, @Size(max = NOTE_LENGTH) String description1,
                     PartyId from2, PartyId to2, @Size(max = NOTE_LENGTH) String description2,
                     @Size(max = NOTE_LENGTH) String note) {

    static final String[] FIELDS = {"name", "date", "precision", "place", "mediator", "from1", "to1", "description1",
            "from2", "to2", "description2", "note"};

    static AgreementForm blank() {
        return new AgreementForm(null, null, DatePrecision.DAY, null, null, null, null, null, null, null, null, null);
    }

    NewAgreement agreement() {
        List<NewCommitment> directions = new ArrayList<>(List.of(new NewCommitment(from1, to1, description1)));
        if (from2 != null || to2 != null) {
            directions.add(new NewCommitment(from2, to2, description2));
        }
        return new NewAgreement(name.strip(), date, precision == null ? DatePrecision.DAY : precision, place,
                mediator == null ? List.of() : List.of(mediator), directions, note);
    }
}
