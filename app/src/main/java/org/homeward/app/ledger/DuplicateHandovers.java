package org.homeward.app.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds transfers that could be one handover entered twice, and groups the transfers a coordinator
 * marked as the same so that totals count each handover once. Two transfers could be the same when
 * they go in the same direction (by side), are of the same kind, their dates overlap at the precision
 * each is known, both have a count in bodies and the counts' ranges meet, and they are not two
 * different phases of one agreement.
 */
final class DuplicateHandovers {

    private final LedgerBook book;
    private final Map<Set<TransferId>, HandoverVerdict> latest = new LinkedHashMap<>();

    DuplicateHandovers(LedgerBook book, List<HandoverVerdict> verdicts) {
        this.book = book;
        verdicts.forEach(verdict -> latest.put(Set.of(verdict.first(), verdict.second()), verdict));
    }

    /** Every pair that could be the same handover, or was marked as the same, with its verdict if any. */
    List<PossibleDuplicate> candidates() {
        List<Transfer> transfers = book.transfers();
        List<PossibleDuplicate> found = new ArrayList<>();
        for (int i = 0; i < transfers.size(); i++) {
            for (int j = i + 1; j < transfers.size(); j++) {
                Transfer a = transfers.get(i);
                Transfer b = transfers.get(j);
                HandoverVerdict verdict = latest.get(Set.of(a.id(), b.id()));
                boolean markedSame = verdict != null && verdict.verdict() == HandoverVerdict.Kind.SAME;
                if (markedSame || couldBeSame(a, b)) {
                    found.add(new PossibleDuplicate(book.transferView(a), book.transferView(b), verdict));
                }
            }
        }
        return found;
    }

    /** The pairs no coordinator has ruled on yet. */
    List<PossibleDuplicate> unresolved() {
        return candidates().stream().filter(PossibleDuplicate::isUnresolved).toList();
    }

    boolean couldBeSame(Transfer a, Transfer b) {
        boolean sameDirection = book.side(a.from()).equals(book.side(b.from())) && book.side(a.to()).equals(book.side(b.to()));
        boolean phasesDiffer = a.agreement() != null && a.agreement().equals(b.agreement())
                && a.phase() != null && b.phase() != null && !a.phase().equals(b.phase());
        boolean datesOverlap = !a.date().end().isBefore(b.date().date()) && !b.date().end().isBefore(a.date().date());
        return sameDirection && a.kind() == b.kind() && !phasesDiffer && datesOverlap && countsMeet(a, b);
    }

    private boolean countsMeet(Transfer a, Transfer b) {
        FigureSet first = bodies(a);
        FigureSet second = bodies(b);
        if (first == null || second == null) {
            return false;
        }
        long low = Math.max(first.lower(), second.lower());
        return (first.upper() == null || low <= first.upper()) && (second.upper() == null || low <= second.upper());
    }

    private FigureSet bodies(Transfer transfer) {
        return book.figureSet(Subject.transfer(transfer.id()), Unit.BODIES, List.of()).orElse(null);
    }

    /**
     * The transfers as handovers: each transfer alone, except those marked as the same, which form one
     * handover (in the order of its earliest transfer).
     */
    List<List<TransferView>> handovers(List<TransferView> views) {
        Map<TransferId, TransferId> root = new HashMap<>();
        views.forEach(view -> root.put(view.id(), view.id()));
        latest.values().stream().filter(verdict -> verdict.verdict() == HandoverVerdict.Kind.SAME)
                .filter(verdict -> root.containsKey(verdict.first()) && root.containsKey(verdict.second()))
                .forEach(verdict -> root.put(find(root, verdict.second()), find(root, verdict.first())));
        Map<TransferId, List<TransferView>> groups = new LinkedHashMap<>();
        for (TransferView view : views) {
            groups.computeIfAbsent(find(root, view.id()), k -> new ArrayList<>()).add(view);
        }
        return List.copyOf(groups.values());
    }

    private static TransferId find(Map<TransferId, TransferId> root, TransferId id) {
        TransferId current = id;
        while (!Objects.equals(root.get(current), current)) {
            current = root.get(current);
        }
        return current;
    }
}
