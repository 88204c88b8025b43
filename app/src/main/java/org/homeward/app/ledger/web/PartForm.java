package org.homeward.app.ledger.web;

import static org.homeward.app.web.Limits.QUOTE_LENGTH;
import static org.homeward.app.web.Limits.TITLE_LENGTH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.homeward.app.ledger.Claim;
import org.homeward.app.ledger.Figure;
import org.homeward.app.ledger.Qualifier;
import org.homeward.app.ledger.Subject;
import org.homeward.app.ledger.SubjectKind;
import org.homeward.app.ledger.Unit;

/**
 * A part of a claim, or with {@code share} a share named of it ("of those"), as the claim page adds
 * it: what the part counts (a place, a population), its figure, and the sentence that states it when
 * that is not the whole's own sentence.
 */
record PartForm(@NotBlank @Size(max = TITLE_LENGTH) String about, Qualifier qualifier, Count value, Count low, Count high,
                Unit unit, Boolean share, @Size(max = QUOTE_LENGTH) String quote) {

    static final String[] FIELDS = {"about", "qualifier", "value", "low", "high", "unit", "share", "quote"};

    static PartForm blank() {
        return new PartForm(null, null, null, null, null, Unit.BODIES, false, null);
    }

    Figure figure() {
        return Figure.stated(qualifier, Count.valueOf(value), Count.valueOf(low), Count.valueOf(high));
    }

    Unit unitOrBodies() {
        return unit == null ? Unit.BODIES : unit;
    }

    /** A part of a casualty figure counts a population; any other part, remains recovered from a place, in the whole's transfer if it has one. */
    Subject subjectWithin(Claim whole) {
        return whole.subject().kind() == SubjectKind.CASUALTY ? Subject.casualty(about)
                : Subject.recovery(about, whole.subject().transfer());
    }

    boolean isShare() {
        return Boolean.TRUE.equals(share);
    }

    boolean quotesNothing() {
        return quote == null || quote.isBlank();
    }
}
