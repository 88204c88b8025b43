package org.homeward.app.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Computes an agreement's {@link SelfCheck} lines from its directions' figures. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SelfChecks {

    private final LedgerBook book;

    List<SelfCheck> of(List<DirectionProgress> directions) {
        List<SelfCheck> lines = new ArrayList<>();
        for (DirectionProgress direction : directions) {
            if (direction.delivered() == null) {
                continue;
            }
            for (PartyFigures column : direction.delivered().byParty()) {
                Figure stated = book.partyClaim(column.claims()).orElseThrow().figure();
                direction.recorded().stream().filter(tally -> tally.party().id().equals(column.party().id())).findFirst()
                        .ifPresent(tally -> lines.add(statedTotal(direction, column.party(), stated, tally)));
                committedFigure(direction, column.party()).ifPresent(committed -> lines.add(committedDelivered(direction,
                        column.party(), stated, committed)));
            }
        }
        for (int i = 0; i < directions.size(); i++) {
            for (int j = i + 1; j < directions.size(); j++) {
                DirectionProgress there = directions.get(i);
                DirectionProgress back = directions.get(j);
                if (there.from().id().equals(back.to().id()) && there.to().id().equals(back.from().id())) {
                    lines.add(reverse(there, back));
                }
            }
        }
        return lines;
    }

    private static SelfCheck statedTotal(DirectionProgress direction, Party party, Figure stated, PartyTally tally) {
        long sum = tally.total();
        SelfCheck.Outcome outcome = outcome(sum, stated);
        long difference = outcome == SelfCheck.Outcome.SHORT ? stated.lower() - sum
                : outcome == SelfCheck.Outcome.EXCEEDS ? sum - stated.upper().orElseThrow() : 0;
        return new SelfCheck(SelfCheck.Kind.STATED_TOTAL, outcome, direction.from(), direction.to(), party, stated, sum,
                difference, tally.counted(), tally.of(), null, 0);
    }

    /** The party's own committed figure, else the first committed figure stated. */
    private Optional<Figure> committedFigure(DirectionProgress direction, Party party) {
        if (direction.committed() == null) {
            return Optional.empty();
        }
        List<PartyFigures> columns = direction.committed().byParty();
        PartyFigures column = columns.stream().filter(c -> c.party().id().equals(party.id())).findFirst().orElse(columns.get(0));
        return book.partyClaim(column.claims()).map(Claim::figure);
    }

    /** The delivered total against the commitment: short of it, beyond it, or (within its range) as committed. */
    private static SelfCheck committedDelivered(DirectionProgress direction, Party party, Figure delivered, Figure committed) {
        long promised = committed.point().orElse(committed.lower());
        long shortBy = delivered.upper().map(upper -> promised - upper).orElse(0L);
        long beyondBy = delivered.lower() - promised;
        SelfCheck.Outcome outcome = shortBy > 0 ? SelfCheck.Outcome.SHORT
                : beyondBy > 0 ? SelfCheck.Outcome.EXCEEDS : SelfCheck.Outcome.AGREES;
        long difference = Math.max(0, Math.max(shortBy, beyondBy));
        return new SelfCheck(SelfCheck.Kind.COMMITTED_DELIVERED, outcome, direction.from(), direction.to(), party, delivered,
                promised, difference, 0, 0, null, 0);
    }

    /** How {@code value} stands against what {@code figure} allows: below it, above it, or within it. */
    private static SelfCheck.Outcome outcome(long value, Figure figure) {
        if (value < figure.lower()) {
            return SelfCheck.Outcome.SHORT;
        }
        return figure.upper().map(upper -> value > upper).orElse(false) ? SelfCheck.Outcome.EXCEEDS : SelfCheck.Outcome.AGREES;
    }

    private static SelfCheck reverse(DirectionProgress there, DirectionProgress back) {
        PartyTally received = tallyOf(there, there.to());
        PartyTally returned = tallyOf(back, back.to());
        return new SelfCheck(SelfCheck.Kind.REVERSE, SelfCheck.Outcome.INFORMATION, there.from(), there.to(), there.to(), null,
                received.total(), 0, received.counted(), received.of(), back.to(), returned.total());
    }

    private static PartyTally tallyOf(DirectionProgress direction, Party party) {
        return direction.recorded().stream().filter(tally -> tally.party().id().equals(party.id())).findFirst()
                .orElse(new PartyTally(party, 0, 0, direction.transfers().size()));
    }
}
