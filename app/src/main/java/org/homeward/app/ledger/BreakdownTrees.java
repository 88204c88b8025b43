package org.homeward.app.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The breakdown trees of one ledger snapshot: each claim's children (the parts it is divided into and
 * the shares named of it, "of those"), each level checked on its own. Plain Java over a {@link LedgerBook}.
 */
final class BreakdownTrees {

    private final LedgerBook book;
    private final Map<ClaimId, List<ClaimId>> children = new LinkedHashMap<>();

    BreakdownTrees(LedgerBook book) {
        this.book = book;
        book.data().claims().stream().filter(claim -> claim.partOf() != null)
                .forEach(claim -> children.computeIfAbsent(claim.partOf(), k -> new ArrayList<>()).add(claim.id()));
    }

    /**
     * The check of one level: a claim and its children; empty when it has none. Only the parts are
     * held to add up to the whole; a child's own children are checked at their own level.
     */
    Optional<BreakdownCheck> check(Claim whole) {
        List<Claim> below = children.getOrDefault(whole.id(), List.of()).stream().map(book::entry).flatMap(Optional::stream)
                .map(book::latest).distinct().toList();
        if (below.isEmpty()) {
            return Optional.empty();
        }
        List<Claim> parts = below.stream().filter(child -> !child.share()).toList();
        List<ClaimView> shares = below.stream().filter(Claim::share).map(book::view).toList();
        List<ClaimView> partViews = parts.stream().map(book::view).toList();
        long total = parts.stream().map(part -> part.figure().point()).flatMap(Optional::stream).mapToLong(Long::longValue).sum();
        if (parts.isEmpty()) {
            return Optional.of(new BreakdownCheck(book.view(whole), partViews, shares, 0, BreakdownStatus.SHARES, 0));
        }
        boolean comparable = whole.figure().point().isPresent()
                && parts.stream().allMatch(part -> part.figure().point().isPresent() && part.unit() == whole.unit());
        if (!comparable) {
            return Optional.of(new BreakdownCheck(book.view(whole), partViews, shares, total, BreakdownStatus.NOT_COMPARABLE, 0));
        }
        long difference = total - whole.figure().point().orElseThrow();
        BreakdownStatus status = difference == 0 ? BreakdownStatus.ADDS_UP
                : difference > 0 ? BreakdownStatus.EXCEEDS : BreakdownStatus.SHORT;
        return Optional.of(new BreakdownCheck(book.view(whole), partViews, shares, total, status, difference));
    }

    /** The claims below {@code whole} in its tree, at any depth. */
    Set<ClaimId> descendants(ClaimId whole) {
        Set<ClaimId> found = new LinkedHashSet<>();
        List<ClaimId> next = new ArrayList<>(children.getOrDefault(whole, List.of()));
        while (!next.isEmpty()) {
            ClaimId id = next.remove(next.size() - 1);
            if (found.add(id)) {
                next.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return found;
    }

    /** Every current claim with children, its level checked. */
    List<BreakdownCheck> checks() {
        return children.keySet().stream().map(book::entry).flatMap(Optional::stream)
                .filter(claim -> !book.isSuperseded(claim.id()))
                .map(this::check).flatMap(Optional::stream).toList();
    }
}
