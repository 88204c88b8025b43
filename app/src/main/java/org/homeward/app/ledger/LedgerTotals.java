package org.homeward.app.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The ledger's overviews of one snapshot ({@link LedgerBook}): what was handed over per direction,
 * reciprocity between each pair of sides, the timeline and the public statistics.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class LedgerTotals {

    private final LedgerBook book;

    /** Everything handed over, per direction (sending side → receiving side). */
    List<DirectionTotal> directionTotals() {
        Map<List<PartyId>, List<TransferView>> byDirection = new LinkedHashMap<>();
        for (Transfer transfer : book.transfers()) {
            byDirection.computeIfAbsent(List.of(book.side(transfer.from()), book.side(transfer.to())), k -> new ArrayList<>())
                    .add(book.transferView(transfer));
        }
        List<PossibleDuplicate> unresolved = book.duplicates().unresolved();
        List<DirectionTotal> totals = new ArrayList<>();
        byDirection.forEach((direction, views) -> {
            List<List<TransferView>> handovers = book.duplicates().handovers(views);
            long lower = 0;
            Long upper = 0L;
            int uncounted = 0;
            for (List<TransferView> handover : handovers) {
                List<FigureSet> counts = handover.stream().map(TransferView::figures).flatMap(List::stream)
                        .filter(set -> set.unit() == Unit.BODIES).toList();
                if (counts.isEmpty()) {
                    uncounted++;
                    upper = null;
                    continue;
                }
                // a handover entered twice: what its claims allow together, counted once
                lower += counts.stream().mapToLong(FigureSet::lower).min().orElseThrow();
                Long most = counts.stream().allMatch(set -> set.upper() != null)
                        ? counts.stream().mapToLong(FigureSet::upper).max().orElseThrow() : null;
                upper = upper == null || most == null ? null : upper + most;
            }
            Set<TransferId> here = views.stream().map(TransferView::id).collect(Collectors.toSet());
            totals.add(new DirectionTotal(book.partyOrNull(direction.get(0)), book.partyOrNull(direction.get(1)),
                    handovers.size(), uncounted, lower, upper, book.handoverTallies(handovers, direction),
                    unresolved.stream().filter(pair -> here.contains(pair.first().id())).toList()));
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

    Statistics statistics(IdentifiedRemains identification) {
        Map<TransferId, Long> identified = identification.byTransfer();
        boolean reported = identification != IdentifiedRemains.NONE;
        List<DirectionSummary> summary = directionTotals().stream().map(total -> summary(total, identified, reported)).toList();
        Instant updatedAt = Stream.concat(
                        Stream.concat(book.data().claims().stream().map(Claim::recordedAt),
                                book.findings().qualitativeClaims().stream().map(QualitativeClaim::recordedAt)),
                        book.findings().verdicts().stream().map(HandoverVerdict::decidedAt))
                .max(Comparator.naturalOrder()).orElse(null);
        return new Statistics(summary, reciprocity(), book.data().agreements().stream().map(book::progress).toList(),
                book.transfers().stream().map(book::transferView).toList(), book.offerViews(),
                book.looseFigures(SubjectKind.RECOVERY), book.looseFigures(SubjectKind.CASUALTY), book.breakdowns(),
                book.qualitativeViews(), updatedAt);
    }

    private DirectionSummary summary(DirectionTotal total, Map<TransferId, Long> identified, boolean reported) {
        List<Transfer> here = book.transfers().stream()
                .filter(transfer -> book.side(transfer.from()).equals(total.from().id()) && book.side(transfer.to()).equals(total.to().id()))
                .toList();
        Set<TransferId> ids = here.stream().map(Transfer::id).collect(Collectors.toSet());
        List<FigureSet> returned = book.transfers().stream()
                .filter(transfer -> transfer.kind() == TransferKind.RETURN && ids.contains(transfer.returns()))
                .map(transfer -> book.figureSet(Subject.transfer(transfer.id()), Unit.BODIES, List.of()))
                .flatMap(Optional::stream).toList();
        long returns = book.transfers().stream()
                .filter(transfer -> transfer.kind() == TransferKind.RETURN && ids.contains(transfer.returns())).count();
        Long returnedUpper = returned.size() < returns || returned.stream().anyMatch(set -> set.upper() == null) ? null
                : returned.stream().mapToLong(FigureSet::upper).sum();
        Long identifiedHere = reported ? ids.stream().mapToLong(id -> identified.getOrDefault(id, 0L)).sum() : null;
        PartyTally received = total.byParty().stream()
                .filter(tally -> tally.party().id().equals(total.to().id()) && tally.counted() > 0).findFirst().orElse(null);
        List<DirectionSummary.Handover> handovers = here.stream().map(book::transferView).map(view -> {
            FigureSet count = view.figures().stream().filter(set -> set.unit() == Unit.BODIES).findFirst().orElse(null);
            return new DirectionSummary.Handover(view.transfer(), figureOf(count, total.from()), figureOf(count, total.to()));
        }).toList();
        return new DirectionSummary(total, (int) returns, returned.stream().mapToLong(FigureSet::lower).sum(), returnedUpper,
                identifiedHere, received, handovers);
    }

    /** The figure that stands for the side in a transfer's count, if it stated one with a single value. */
    private Long figureOf(FigureSet count, Party side) {
        return count == null ? null : book.partyClaim(count.of(side.id())).flatMap(claim -> claim.figure().point()).orElse(null);
    }
}
