package org.homeward.app.ledger;

import static org.homeward.app.common.Texts.blankToNull;
import static org.homeward.app.web.Limits.TITLE_LENGTH;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.constraints.Size;

/**
 * What a claim is about. Exactly the fields its {@link SubjectKind} needs are set:
 * TRANSFER a transfer; COMMITTED and DELIVERED a commitment (one direction of an agreement); OFFER
 * an offer; RECOVERY a place in {@code about} and optionally the transfer the remains came in;
 * CASUALTY a population in {@code about}. Two claims with equal subjects (and units) count the same
 * thing, so their figures are compared.
 */
public record Subject(SubjectKind kind, TransferId transfer, CommitmentId commitment, OfferId offer,
                      @Size(max = TITLE_LENGTH) String about) {

    public Subject {
        about = blankToNull(about);
    }

    public static Subject transfer(TransferId transfer) {
        return new Subject(SubjectKind.TRANSFER, transfer, null, null, null);
    }

    public static Subject committed(CommitmentId commitment) {
        return new Subject(SubjectKind.COMMITTED, null, commitment, null, null);
    }

    public static Subject delivered(CommitmentId commitment) {
        return new Subject(SubjectKind.DELIVERED, null, commitment, null, null);
    }

    public static Subject offer(OfferId offer) {
        return new Subject(SubjectKind.OFFER, null, null, offer, null);
    }

    public static Subject recovery(String place, TransferId within) {
        return new Subject(SubjectKind.RECOVERY, within, null, null, place);
    }

    public static Subject casualty(String population) {
        return new Subject(SubjectKind.CASUALTY, null, null, null, population);
    }

    /** What is wrong with this subject, as {@code field: message}, or empty when it is well formed. */
    public Optional<String[]> problem() {
        if (kind == null) {
            return Optional.of(new String[] {"subject.kind", "must not be null"});
        }
        String[] problem = switch (kind) {
            case TRANSFER -> transfer == null ? new String[] {"subject.transfer", "a transfer claim names its transfer"}
                    : commitment != null || offer != null || about != null
                    ? new String[] {"subject", "a transfer claim names only its transfer"} : null;
            case COMMITTED, DELIVERED -> commitment == null
                    ? new String[] {"subject.commitment", "an agreement claim names the commitment (agreement direction)"}
                    : transfer != null || offer != null || about != null
                    ? new String[] {"subject", "an agreement claim names only its commitment"} : null;
            case OFFER -> offer == null ? new String[] {"subject.offer", "an offer claim names its offer"}
                    : transfer != null || commitment != null || about != null
                    ? new String[] {"subject", "an offer claim names only its offer"} : null;
            case RECOVERY -> about == null ? new String[] {"subject.about", "a recovery claim names the place"}
                    : commitment != null || offer != null
                    ? new String[] {"subject", "a recovery claim names a place and optionally a transfer"} : null;
            case CASUALTY -> about == null ? new String[] {"subject.about", "a casualty claim names the population"}
                    : transfer != null || commitment != null || offer != null
                    ? new String[] {"subject", "a casualty claim names only the population"} : null;
        };
        return Optional.ofNullable(problem);
    }

    /** Claims with the same key count the same thing (places and populations compared without case). */
    String key() {
        return kind + "|" + transfer + "|" + commitment + "|" + offer + "|"
                + (about == null ? "" : about.toLowerCase(Locale.ROOT));
    }
}
