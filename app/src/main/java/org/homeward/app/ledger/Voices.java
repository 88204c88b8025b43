package org.homeward.app.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Who speaks for whom in one ledger snapshot. A claim is a party's own when the statement's speaker
 * speaks for the claim's side (the Coordination Headquarters for Ukraine, Medinsky for Russia);
 * otherwise it retells that party's figure (media, a compilation, another side quoting it) and is
 * evidence about the party's statement, not the party's count. A party's figure is the latest of its
 * own statements by the date it was stated, whatever order they were entered in; reliability grades
 * follow from the same distinction.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class Voices {

    /** Latest statement date first (the source's date when the statement has none), then latest entered. */
    private final Comparator<Claim> latestStatedFirst = Comparator.comparing(this::statedOn, Comparator.reverseOrder())
            .thenComparing(Claim::recordedAt, Comparator.reverseOrder());

    private final LedgerBook book;
    private final Map<ClaimId, Reliability> grades = new HashMap<>();

    /** The statement's speaker speaks for the side whose figure the claim is. */
    boolean isOwn(Claim claim) {
        PartyId speaker = statement(claim).party();
        return speaker != null && book.side(speaker).equals(book.side(claim.party()));
    }

    /** A party to the conflict (a state, or an agency or official of one), not a mediator, monitor or medium. */
    boolean isBelligerent(PartyId party) {
        return book.entry(book.side(party)).map(side -> side.kind().isBelligerent()).orElse(false);
    }

    /**
     * The figure that stands for one side among its current claims about a subject: its own
     * statements, the latest stated; a retelling only when the side stated nothing itself.
     */
    Optional<Long> partyFigure(Collection<Claim> claimsOfSide) {
        return standing(claimsOfSide.stream().filter(claim -> claim.figure().point().isPresent()).toList())
                .flatMap(claim -> claim.figure().point());
    }

    /** The claim that stands for one side, as {@link #partyFigure}; one without a single value ("over 6,000") when none has one. */
    Optional<Claim> partyClaim(Collection<Claim> claimsOfSide) {
        return standing(claimsOfSide.stream().filter(claim -> claim.figure().point().isPresent()).toList())
                .or(() -> standing(List.copyOf(claimsOfSide)));
    }

    private Optional<Claim> standing(List<Claim> claims) {
        List<Claim> own = claims.stream().filter(this::isOwn).toList();
        return (own.isEmpty() ? claims : own).stream().sorted(latestStatedFirst).findFirst();
    }

    /**
     * The grade set by whoever entered the claim, else derived: UNVERIFIED from unnamed officials;
     * DISPUTED when another current claim about the same subject and unit conflicts with it;
     * NOT_A_PARTY_FIGURE when its side is no belligerent (a mediator's or a monitor's figure, however
     * well it agrees); RETOLD when the speaker does not speak for its side; CONFIRMED_BY_BOTH when
     * the other belligerent's own statement agrees; SINGLE_SOURCE otherwise.
     */
    Reliability reliability(Claim claim) {
        return grades.computeIfAbsent(claim.id(), id -> derive(claim));
    }

    private Reliability derive(Claim claim) {
        if (claim.assessed() != null) {
            return claim.assessed();
        }
        if (book.entry(statement(claim).source()).orElseThrow().kind() == SourceKind.UNNAMED_OFFICIALS) {
            return Reliability.UNVERIFIED;
        }
        List<Claim> others = book.currentClaimsAbout(claim.subject(), claim.unit()).stream()
                .filter(other -> !other.id().equals(claim.id())).toList();
        if (others.stream().anyMatch(other -> conflict(claim.figure(), other.figure()))) {
            return Reliability.DISPUTED;
        }
        if (!isBelligerent(claim.party())) {
            return Reliability.NOT_A_PARTY_FIGURE;
        }
        if (!isOwn(claim)) {
            return Reliability.RETOLD;
        }
        PartyId side = book.side(claim.party());
        boolean otherSideAgrees = others.stream().anyMatch(other -> isOwn(other) && isBelligerent(other.party())
                && !book.side(other.party()).equals(side));
        return otherSideAgrees ? Reliability.CONFIRMED_BY_BOTH : Reliability.SINGLE_SOURCE;
    }

    /** Two figures conflict when both name a value and the values differ, or when their ranges do not meet. */
    static boolean conflict(Figure a, Figure b) {
        if (a.point().isPresent() && b.point().isPresent() && !a.point().equals(b.point())) {
            return true;
        }
        boolean aBelowB = a.upper().map(upper -> upper < b.lower()).orElse(false);
        boolean bBelowA = b.upper().map(upper -> upper < a.lower()).orElse(false);
        return aBelowB || bBelowA;
    }

    private LocalDate statedOn(Claim claim) {
        Statement statement = statement(claim);
        if (statement.statedOn() != null) {
            return statement.statedOn();
        }
        LocalDate published = book.entry(statement.source()).orElseThrow().publishedOn();
        return published != null ? published : LocalDate.MIN;
    }

    private Statement statement(Claim claim) {
        return book.entry(claim.statement()).orElseThrow();
    }
}
