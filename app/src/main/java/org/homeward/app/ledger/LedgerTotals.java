package org.homeward.app.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger's overviews of one snapshot ({@link LedgerBook}): what was handed over per direction,
 * reciprocity between each pair of sides, the timeline and the public statistics.
 */
final class LedgerTotals {

    private final LedgerBook book;

    LedgerTotals(LedgerBook book) {
        this.book = book;
    }

    /** Everything handed over, per direction (sending side → receiving side). */
    List<DirectionTotal> directionTotals() {
        Map<List<PartyId>, List<TransferView>> byDirection = new LinkedHashMap<>();
        for (Transfer transfer : book.transfers()) {
            byDirection.computeIfAbsent(List.of(book.side(transfer.from()), book.side(transfer.to())), k -> new ArrayList<>())
                    .add(book.transferView(transfer));
        }
        List<DirectionTotal> totals = new ArrayList<>();
        byDirection.forEach((direction, views) -> {
            long lower = 0;
            Long upper = 0L;
            int uncounted = 0;
            for (TransferView view : views) {
                FigureSet count = view.figures().stream().filter(set -> set.unit() == Unit.BODIES).findFirst().orElse(null);
                if (count == null) {
                    uncounted++;
                    upper = null;
                    continue;
                }
                lower += count.lower();
                upper = upper == null || count.upper() == null ? null : upper + count.upper();
            }
            totals.add(new DirectionTotal(book.partyOrNull(direction.get(0)), book.partyOrNull(direction.get(1)), views.size(),
                    uncounted, lower, upper, book.tallies(views, direction)));
        });
        return totals;
    }

    /** Both directions between each pair of sides that handed anything over. */
    List<Reciprocity> reciprocity() {
        List<DirectionTotal> totals = directionTotals();
        List<Reciprocity> pairs = new ArrayList<>();
        Set<Set<PartyId>> done = new LinkedHashSet<>();
        for (DirectionTotal total : totals) {
            Set<PartyId> pair = Set.of(total.from().id(), total.to().id());
            if (!done.add(pair)) {
                continue;
            }
            DirectionTotal back = totals.stream()
                    .filter(other -> other.from().id().equals(total.to().id()) && other.to().id().equals(total.from().id()))
                    .findFirst().orElse(null);
            pairs.add(new Reciprocity(total.from(), total.to(), total, back));
        }
        return pairs;
    }

    List<TimelineEntry> timeline() {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Agreement agreement : book.data().agreements()) {
            List<FigureSet> committed = agreement.commitments().stream()
                    .map(c -> LedgerBook.preferred(book.figures(Subject.committed(c.id()), List.of(c.from(), c.to()))))
                    .flatMap(Optional::stream).toList();
            entries.add(new TimelineEntry(agreement.concludedOn(), TimelineKind.AGREEMENT, agreement.id().toString(),
                    null, null, agreement.name(), null, committed));
        }
        for (Transfer transfer : book.transfers()) {
            TransferView view = book.transferView(transfer);
            entries.add(new TimelineEntry(transfer.date(), TimelineKind.TRANSFER, transfer.id().toString(), view.from(),
                    view.to(), transfer.place(), transfer.phase(), view.figures()));
        }
        for (OfferView offer : book.offerViews()) {
            entries.add(new TimelineEntry(offer.offer().madeOn(), TimelineKind.OFFER, offer.offer().id().toString(),
                    offer.from(), offer.to(), offer.offer().description(), null, offer.figures()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::date, LedgerDate.ORDER)
                .thenComparing(TimelineEntry::kind)
                .thenComparing(entry -> entry.phase() == null ? Integer.MAX_VALUE : entry.phase()));
        return entries;
    }

    Statistics statistics() {
        return new Statistics(reciprocity(), book.data().agreements().stream().map(book::progress).toList(),
                book.transfers().stream().map(book::transferView).toList(), book.offerViews(),
                book.looseFigures(SubjectKind.RECOVERY), book.looseFigures(SubjectKind.CASUALTY), book.breakdowns());
    }
}
