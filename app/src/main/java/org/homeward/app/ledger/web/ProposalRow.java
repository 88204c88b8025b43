package org.homeward.app.ledger.web;

import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.QUOTE_LENGTH;
import static org.homeward.app.web.Limits.TITLE_LENGTH;

import jakarta.validation.constraints.Size;

import org.homeward.app.ledger.CommitmentId;
import org.homeward.app.ledger.Figure;
import org.homeward.app.ledger.OfferId;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.ProposedClaim;
import org.homeward.app.ledger.Qualifier;
import org.homeward.app.ledger.Subject;
import org.homeward.app.ledger.SubjectKind;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.Unit;

/**
 * One proposed claim on the review screen, as the person leaves it: confirmed or rejected, the figure
 * (corrected if need be), whose count it is and what it is about ({@code TRANSFER:<id>},
 * {@code COMMITTED:<id>}, …, {@code RECOVERY}, {@code CASUALTY}). {@code text} and {@code mention}
 * are what the extractor found, shown again when the screen comes back with a problem.
 */
record ProposalRow(Decision decision, @Size(max = QUOTE_LENGTH) String sentence, @Size(max = CODE_LENGTH) String text,
                   @Size(max = NAME_LENGTH) String mention, Qualifier qualifier, Count value, Count low, Count high, Unit unit,
                   PartyId party, @Size(max = CODE_LENGTH) String subject, @Size(max = TITLE_LENGTH) String about) {

    /** Whether the person confirms the proposed claim; nothing is created from a rejected row. */
    enum Decision { ACCEPT, REJECT }

    static final String[] FIELDS = {"decision", "sentence", "text", "mention", "qualifier", "value", "low", "high", "unit",
            "party", "subject", "about"};

    /** The row as proposed: not yet confirmed; a count of persons is proposed as a casualty figure. */
    static ProposalRow of(ProposedClaim proposed) {
        Figure figure = proposed.figure() == null ? Figure.exact(0) : proposed.figure();
        Qualifier qualifier = figure.qualifier();
        Long value = figure.best() != null ? figure.best()
                : qualifier == Qualifier.AT_LEAST ? figure.low() : qualifier == Qualifier.AT_MOST ? figure.high() : null;
        boolean range = qualifier == Qualifier.RANGE;
        String subject = proposed.subject() == SubjectKind.TRANSFER && proposed.transfer() != null
                ? SubjectKind.TRANSFER.name() + ":" + proposed.transfer()
                : proposed.subject() == SubjectKind.CASUALTY ? SubjectKind.CASUALTY.name() : null;
        return new ProposalRow(Decision.REJECT, proposed.sentence(), proposed.text(), proposed.partyMention(), qualifier,
                count(value), range ? count(figure.low()) : null, range ? count(figure.high()) : null,
                proposed.unit() == null ? Unit.BODIES : proposed.unit(), proposed.party(), subject, null);
    }

    private static Count count(Long value) {
        return value == null ? null : new Count(value);
    }

    boolean accepted() {
        return decision == Decision.ACCEPT;
    }

    Figure figure() {
        return Figure.stated(qualifier, Count.valueOf(value), Count.valueOf(low), Count.valueOf(high));
    }

    /** What the chosen subject option stands for; {@link IllegalArgumentException} when it is no option. */
    Subject subjectChosen() {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("no subject chosen");
        }
        String[] parts = subject.split(":", 2);
        String id = parts.length > 1 ? parts[1] : null;
        return switch (SubjectKind.valueOf(parts[0])) {
            case TRANSFER -> Subject.transfer(TransferId.of(id));
            case COMMITTED -> Subject.committed(CommitmentId.of(id));
            case DELIVERED -> Subject.delivered(CommitmentId.of(id));
            case OFFER -> Subject.offer(OfferId.of(id));
            case RECOVERY -> Subject.recovery(about, id == null ? null : TransferId.of(id));
            case CASUALTY -> Subject.casualty(about);
        };
    }
}
