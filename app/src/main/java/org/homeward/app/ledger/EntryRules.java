package org.homeward.app.ledger;

import static org.homeward.app.common.Texts.blankToNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.app.common.InputRefusedException;

/**
 * The rules an entry must meet against the ledger as it stands, apart from recording it: each
 * method returns the entry to record or refuses it with the field named. {@link Ledger} records
 * what they return and writes the audit event; the rules touch no database and no clock.
 */
final class EntryRules {

    private EntryRules() {
    }

    /**
     * A party under a name no other party has. Only an agency or official speaks for a state (never
     * for itself or for a mediator or medium); a party that sends or receives transfers, or that
     * agencies speak for, stays what it is to the conflict.
     */
    static Party party(PartyId id, NewParty request, LedgerBook book) {
        String name = required(request.name(), "name");
        if (book.data().parties().stream().anyMatch(other -> !other.id().equals(id) && other.name().equalsIgnoreCase(name))) {
            throw new InputRefusedException("name", "a party with this name exists");
        }
        if (request.sideOf() != null) {
            Party side = book.entry(request.sideOf()).orElseThrow(() -> new InputRefusedException("sideOf", "no such party"));
            if (request.kind() != PartyKind.AGENCY) {
                throw new InputRefusedException("sideOf", "only an agency or official speaks for a state");
            }
            if (side.id().equals(id) || side.kind() != PartyKind.STATE) {
                throw new InputRefusedException("sideOf", "must be a state party to the conflict");
            }
        }
        book.entry(id).filter(existing -> existing.kind() != request.kind()).ifPresent(existing -> {
            boolean moves = book.data().transfers().stream().anyMatch(t -> t.from().equals(id) || t.to().equals(id));
            if (moves && !request.kind().isBelligerent()) {
                throw new InputRefusedException("kind", "sends or receives transfers, so stays a party to the conflict");
            }
            if (existing.kind() == PartyKind.STATE && book.data().parties().stream().anyMatch(p -> id.equals(p.sideOf()))) {
                throw new InputRefusedException("kind", "agencies speak for this state, so it stays a state");
            }
        });
        return new Party(id, name, request.kind(), request.sideOf(),
                request.aliases().stream().map(String::strip).filter(alias -> !alias.isEmpty()).distinct().toList());
    }

    /** An agreement whose mediators exist and whose commitments name two different parties, each direction once. */
    static Agreement agreement(AgreementId id, NewAgreement request, LedgerBook book) {
        for (int i = 0; i < request.mediators().size(); i++) {
            requireParty(book, request.mediators().get(i), "mediators[" + i + "]");
        }
        List<Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < request.commitments().size(); i++) {
            NewCommitment commitment = request.commitments().get(i);
            requireParty(book, commitment.from(), "commitments[" + i + "].from");
            requireParty(book, commitment.to(), "commitments[" + i + "].to");
            if (commitment.from().equals(commitment.to())) {
                throw new InputRefusedException("commitments[" + i + "].to", "must differ from the sending party");
            }
            if (commitments.stream().anyMatch(c -> c.from().equals(commitment.from()) && c.to().equals(commitment.to()))) {
                throw new InputRefusedException("commitments[" + i + "]", "this direction is listed twice");
            }
            commitments.add(new Commitment(new CommitmentId(UUID.randomUUID()), id, commitment.from(), commitment.to(),
                    blankToNull(commitment.description())));
        }
        return new Agreement(id, required(request.name(), "name"), new LedgerDate(request.concludedOn(), request.precision()),
                blankToNull(request.place()), request.mediators(), commitments, blankToNull(request.note()));
    }

    /** A transfer between two belligerents of different sides; a return names the transfer its remains arrived in. */
    static Transfer transfer(TransferId id, NewTransfer request, LedgerBook book) {
        requireParty(book, request.from(), "from");
        requireParty(book, request.to(), "to");
        if (!book.isBelligerent(request.from()) || !book.isBelligerent(request.to())) {
            throw new InputRefusedException(book.isBelligerent(request.from()) ? "to" : "from", "must be a party to the conflict, not a mediator or monitor");
        }
        if (book.side(request.from()).equals(book.side(request.to()))) {
            throw new InputRefusedException("to", "must differ from the sending party");
        }
        if (request.agreement() != null && book.entry(request.agreement()).isEmpty()) {
            throw new InputRefusedException("agreement", "no such agreement");
        }
        for (int i = 0; i < request.facilitators().size(); i++) {
            requireParty(book, request.facilitators().get(i), "facilitators[" + i + "]");
        }
        if (request.kind() == TransferKind.RETURN) {
            if (request.returns() == null) {
                throw new InputRefusedException("returns", "a return names the transfer the remains arrived in");
            }
            Transfer original = book.entry(request.returns())
                    .orElseThrow(() -> new InputRefusedException("returns", "no such transfer"));
            if (!original.to().equals(request.from())) {
                throw new InputRefusedException("from", "a return is sent by the party that received the original transfer");
            }
        } else if (request.returns() != null) {
            throw new InputRefusedException("returns", "only a return names an earlier transfer");
        }
        return new Transfer(id, new LedgerDate(request.date(), request.precision()),
                blankToNull(request.place()), request.phase(), request.from(), request.to(), request.agreement(),
                request.kind(), request.returns(), request.facilitators(), blankToNull(request.note()));
    }

    /** An offer between two different parties, awaiting its answer. */
    static Offer offer(OfferId id, NewOffer request, LedgerBook book) {
        requireParty(book, request.from(), "from");
        requireParty(book, request.to(), "to");
        if (request.from().equals(request.to())) {
            throw new InputRefusedException("to", "must differ from the offering party");
        }
        return new Offer(id, new LedgerDate(request.date(), request.precision()), request.from(),
                request.to(), request.description().strip(), OfferResponse.AWAITING, null, null);
    }

    /** A claim checked against the book: its statement, party, subject, figure, what it corrects and what it is part of. */
    static Claim claim(ClaimId id, NewClaim request, LedgerBook book, Instant now, String actor) {
        if (request.party() == null) {
            throw new InputRefusedException("party", "choose whose figure it is");
        }
        book.entry(request.statement()).orElseThrow(() -> new InputRefusedException("statement", "no such statement"));
        book.entry(request.party()).orElseThrow(() -> new InputRefusedException("party", "no such party"));
        Subject subject = request.subject();
        subject.problem().ifPresent(problem -> {
            throw new InputRefusedException(problem[0], problem[1]);
        });
        if (subject.transfer() != null && book.entry(subject.transfer()).isEmpty()) {
            throw new InputRefusedException("subject.transfer", "no such transfer");
        }
        if (subject.commitment() != null && book.entry(subject.commitment()).isEmpty()) {
            throw new InputRefusedException("subject.commitment", "no such commitment");
        }
        if (subject.offer() != null && book.entry(subject.offer()).isEmpty()) {
            throw new InputRefusedException("subject.offer", "no such offer");
        }
        Figure figure = request.figure().normalized();
        figure.problem().ifPresent(problem -> {
            throw new InputRefusedException("figure", problem);
        });
        if (request.supersedes() != null) {
            book.entry(request.supersedes()).orElseThrow(() -> new InputRefusedException("supersedes", "no such claim"));
            if (book.isSuperseded(request.supersedes())) {
                throw new InputRefusedException("supersedes", "this claim is already corrected; correct the latest claim");
            }
        }
        if (request.partOf() != null) {
            Claim whole = book.entry(request.partOf()).orElseThrow(() -> new InputRefusedException("partOf", "no such claim"));
            refuseLargerPart(whole, request.unit(), figure, "figure");
        } else if (request.isShare()) {
            throw new InputRefusedException("partOf", "a share names the whole it is a share of");
        }
        return new Claim(id, request.statement(), request.party(), subject, request.unit(), figure,
                request.assessed(), request.supersedes(), request.partOf(), request.isShare(), blankToNull(request.note()), now, actor);
    }

    /** A part cannot be larger than its whole: its least value above the most the whole allows, in the same unit. */
    static void refuseLargerPart(Claim whole, Unit unit, Figure part, String field) {
        Optional<Long> most = whole.figure().upper();
        if (whole.unit() == unit && most.isPresent() && part.lower() > most.get()) {
            throw new InputRefusedException(field, "a part (" + part + ") cannot be larger than its whole (" + whole.figure() + ")");
        }
    }

    static void requireParty(LedgerBook book, PartyId party, String field) {
        if (book.entry(party).isEmpty()) {
            throw new InputRefusedException(field, "no such party");
        }
    }

    /** The text stripped; refused at {@code field} when blank (the API checks this at its door, a page form may not). */
    static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InputRefusedException(field, "is required");
        }
        return text.strip();
    }
}
