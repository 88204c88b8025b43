package org.homeward.app.ledger.web;

import static org.homeward.app.common.Texts.blankToNull;
import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.QUOTE_LENGTH;
import static org.homeward.app.web.Limits.TITLE_LENGTH;
import static org.homeward.app.web.Limits.URL_LENGTH;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.homeward.app.ledger.CommitmentId;
import org.homeward.app.ledger.Figure;
import org.homeward.app.ledger.NewSource;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.Qualifier;
import org.homeward.app.ledger.SourceId;
import org.homeward.app.ledger.SourceKind;
import org.homeward.app.ledger.Subject;
import org.homeward.app.ledger.SubjectKind;
import org.homeward.app.ledger.Unit;

/**
 * A count stated in a source, as the transfer, agreement and claim pages record it: whose count, the
 * figure, and the sentence quoted from an existing source or a new one. On an agreement it also
 * names the direction and whether the count is committed or delivered; a correction adds a note.
 */
record ClaimForm(PartyId party, CommitmentId commitment, SubjectKind measure,
                 Qualifier qualifier, Count value, Count low, Count high, Unit unit,
                 SourceId source, @Size(max = TITLE_LENGTH) String publisher, SourceKind sourceKind,
                 @Pattern(regexp = NewSource.HTTP_ADDRESS_OR_NOTHING) @Size(max = URL_LENGTH) String url,
                 @Size(max = QUOTE_LENGTH) String quote, @Size(max = NAME_LENGTH) String speaker, @Size(max = NOTE_LENGTH) String note) {

    static final String[] FIELDS = {"party", "commitment", "measure", "qualifier", "value", "low", "high", "unit",
            "source", "publisher", "sourceKind", "url", "quote", "speaker", "note"};

    static ClaimForm blank() {
        return new ClaimForm(null, null, null, null, null, null, null, Unit.BODIES, null, null, null, null, null, null, null);
    }

    Figure figure() {
        return Figure.stated(qualifier, Count.valueOf(value), Count.valueOf(low), Count.valueOf(high));
    }

    Unit unitOrBodies() {
        return unit == null ? Unit.BODIES : unit;
    }

    /** What an agreement's figure counts: the direction's committed or delivered number. */
    Subject agreementSubject() {
        return measure == SubjectKind.COMMITTED ? Subject.committed(commitment) : Subject.delivered(commitment);
    }

    boolean quotesNothing() {
        return quote == null || quote.isBlank();
    }

    /** The new source the sentence is quoted from, when no existing one is chosen. */
    NewSource newSource() {
        return new NewSource(publisher, null, blankToNull(url), null,
                sourceKind == null ? SourceKind.INDEPENDENT_MEDIA : sourceKind, null);
    }
}
