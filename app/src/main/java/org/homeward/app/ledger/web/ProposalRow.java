package org.homeward.app.ledger.web;

import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.QUOTE_LENGTH;
import static org.homeward.app.web.Limits.TITLE_LENGTH;

import java.time.LocalDate;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.TypedId;
import org.homeward.app.ledger.CommitmentId;
import org.homeward.app.ledger.Figure;
import org.homeward.app.ledger.OfferId;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.ProposalKind;
import org.homeward.app.ledger.ProposedClaim;
import org.homeward.app.ledger.Qualifier;
import org.homeward.app.ledger.Subject;
import org.homeward.app.ledger.SubjectKind;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.Unit;
import org.homeward.app.ledger.Verification;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One proposed claim on the review screen, as the person leaves it: confirmed or rejected, the figure
 * (corrected if need be), who is quoted ({@code speaker}: any actor, empty when the source speaks for
 * itself) and when, whose figure it is ({@code party}: a medium retelling Kyiv's count is quoted, the
 * figure is Kyiv's, and it stays a retelling, not Kyiv's own statement), what it is about
 * ({@code TRANSFER:<id>}, {@code COMMITTED:<id>}, …, {@code NEW:<n>} for the n-th new transfer,
 * {@code RECOVERY}, {@code CASUALTY}) and which row it is a part of. {@code text} and {@code mention}
 * are what the reader found, shown again when the screen comes back with a problem.
 */
record ProposalRow(Decision decision, ProposalKind kind, @Size(max = QUOTE_LENGTH) String sentence,
                   @Size(max = CODE_LENGTH) String text, @Size(max = NAME_LENGTH) String mention, Qualifier qualifier, Count value,
                   Count low, Count high, Unit unit, PartyId speaker, @Size(max = NAME_LENGTH) String person, PartyId party,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statedOn, @Size(max = CODE_LENGTH) String subject,
                   @Size(max = TITLE_LENGTH) String about, @PositiveOrZero Integer partOf, Boolean share,
                   @Size(max = TITLE_LENGTH) String assertion, Verification verification) {

    /** Whether the person confirms the proposed claim; nothing is created from a rejected row. */
    enum Decision { ACCEPT, REJECT }

    static final String[] FIELDS = {"decision", "kind", "sentence", "text", "mention", "qualifier", "value", "low", "high", "unit",
            "speaker", "person", "party", "statedOn", "subject", "about", "partOf", "share", "assertion", "verification"};

    private static final String NEW_TRANSFER = "NEW";

    /** The row as proposed: not yet confirmed. */
    static ProposalRow of(ProposedClaim proposed) {
        Figure figure = proposed.figure() == null ? new Figure(Qualifier.EXACT, null, null, null) : proposed.figure();
        Qualifier qualifier = figure.qualifier();
        Long value = figure.best() != null ? figure.best()
                : qualifier == Qualifier.AT_LEAST ? figure.low() : qualifier == Qualifier.AT_MOST ? figure.high() : null;
        boolean range = qualifier == Qualifier.RANGE;
        String subject = proposed.transfer() != null ? SubjectKind.TRANSFER.name() + ":" + proposed.transfer()
                : proposed.newTransfer() != null ? NEW_TRANSFER + ":" + proposed.newTransfer()
                : proposed.subject() == SubjectKind.CASUALTY ? SubjectKind.CASUALTY.name() : null;
        return new ProposalRow(Decision.REJECT, proposed.kind(), proposed.sentence(), proposed.text(), proposed.mention(),
                qualifier, count(value), range ? count(figure.low()) : null, range ? count(figure.high()) : null,
                proposed.unit() == null ? Unit.BODIES : proposed.unit(), proposed.speaker(), proposed.person(), proposed.party(),
                proposed.statedOn(),
                subject, null, proposed.partOf(), proposed.share(),
                proposed.kind() == ProposalKind.QUALITATIVE ? abbreviated(proposed.sentence()) : null, Verification.UNVERIFIED);
    }

    /** A sentence as the first draft of what a claim without a number asserts, within the length an assertion may have. */
    private static String abbreviated(String sentence) {
        return sentence.length() <= TITLE_LENGTH ? sentence : sentence.substring(0, TITLE_LENGTH - 1) + "…";
    }

    private static Count count(Long value) {
        return value == null ? null : new Count(value);
    }

    boolean accepted() {
        return decision == Decision.ACCEPT;
    }

    /** Public for the page. */
    public boolean qualitative() {
        return kind == ProposalKind.QUALITATIVE;
    }

    Figure figure() {
        return Figure.stated(qualifier, Count.valueOf(value), Count.valueOf(low), Count.valueOf(high));
    }

    /** The index of the new transfer the row is about, or null when it is about something recorded. */
    Integer newTransfer() {
        return subject != null && subject.startsWith(NEW_TRANSFER + ":") ? Integer.valueOf(subject.substring(NEW_TRANSFER.length() + 1))
                : null;
    }

    /** What the chosen subject option stands for; null when none is chosen; {@link IllegalArgumentException} when it is no option. */
    Subject subjectChosen() {
        if (subject == null || subject.isBlank() || newTransfer() != null) {
            return null;
        }
        String[] parts = subject.split(":", 2);
        String id = parts.length > 1 ? parts[1] : null;
        return switch (SubjectKind.valueOf(parts[0])) {
            case TRANSFER -> Subject.transfer(TypedId.parse(TransferId.class, id));
            case COMMITTED -> Subject.committed(TypedId.parse(CommitmentId.class, id));
            case DELIVERED -> Subject.delivered(TypedId.parse(CommitmentId.class, id));
            case OFFER -> Subject.offer(TypedId.parse(OfferId.class, id));
            case RECOVERY -> Subject.recovery(about, id == null ? null : TypedId.parse(TransferId.class, id));
            case CASUALTY -> Subject.casualty(about);
        };
    }
}
