package org.homeward.app.ledger.web;

import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.QUOTE_LENGTH;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.homeward.app.ledger.NewStatement;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.SourceId;
import org.springframework.format.annotation.DateTimeFormat;

/** A sentence quoted from the source whose page it is entered on. */
record StatementForm(@NotBlank @Size(max = QUOTE_LENGTH) String quote, PartyId party, @Size(max = NAME_LENGTH) String speaker,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statedOn) {

    static final String[] FIELDS = {"quote", "party", "speaker", "statedOn"};

    static StatementForm blank() {
        return new StatementForm(null, null, null, null);
    }

    NewStatement statement(SourceId source) {
        return new NewStatement(source, party, speaker, statedOn, quote);
    }
}
