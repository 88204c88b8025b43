package org.homeward.app.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Computes an agreement's progress per direction from the book: committed, delivered and recorded figures. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class AgreementProgresses {

    private final LedgerBook book;

    AgreementProgress of(Agreement agreement) {
        List<DirectionProgress> directions = new ArrayList<>();
        for (Commitment commitment : agreement.commitments()) {
            List<PartyId> columns = List.of(commitment.from(), commitment.to());
            FigureSet committed = LedgerBook.preferred(book.figures(Subject.committed(commitment.id()), columns)).orElse(null);
            FigureSet delivered = LedgerBook.preferred(book.figures(Subject.delivered(commitment.id()), columns)).orElse(null);
            List<TransferView> views = book.transfers().stream()
                    .filter(transfer -> agreement.id().equals(transfer.agreement())
                            && book.side(transfer.from()).equals(book.side(commitment.from()))
                            && book.side(transfer.to()).equals(book.side(commitment.to())))
                    .map(book::transferView).toList();
            List<PartyTally> recorded = book.tallies(views, columns);
            long scale = Stream.of(
                            Optional.ofNullable(committed).map(FigureSet::lower),
                            Optional.ofNullable(committed).map(FigureSet::upper),
                            Optional.ofNullable(delivered).map(FigureSet::lower),
                            Optional.ofNullable(delivered).map(FigureSet::upper))
                    .flatMap(Optional::stream).mapToLong(Long::longValue).max().orElse(0);
            scale = Math.max(scale, recorded.stream().mapToLong(PartyTally::total).max().orElse(0));
            if (delivered != null) {
                scale = Math.max(scale, delivered.claims().stream().mapToLong(view -> view.claim().figure().lower()).max().orElse(0));
            }
            directions.add(new DirectionProgress(commitment, book.partyOrNull(commitment.from()), book.partyOrNull(commitment.to()),
                    committed, delivered, recorded, views, scale));
        }
        // the direction with the larger figures first (6,000 to Ukraine before 78 to Russia), then by sending party
        directions.sort(Comparator.comparingLong(DirectionProgress::scale).reversed()
                .thenComparing(direction -> direction.from().name()));
        return new AgreementProgress(agreement, agreement.mediators().stream().map(book::partyOrNull).toList(), directions,
                new SelfChecks(book).of(directions));
    }
}
