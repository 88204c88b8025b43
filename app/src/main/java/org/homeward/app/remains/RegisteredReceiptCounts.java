package org.homeward.app.remains;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.homeward.app.ledger.ReceiptCount;
import org.homeward.app.ledger.ReceiptCounts;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.Unit;
import org.homeward.app.remains.store.RemainsRepository;
import org.homeward.app.remains.store.TallyStore;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Tells the ledger what the register counted for a transfer, each figure in its unit, so that its
 * transfer page shows them beside each party's claims and never compares bags with individuals: for
 * a transfer received, its bags, individuals and body parts; for a return, the bodies and parts sent back.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegisteredReceiptCounts implements ReceiptCounts {

    private final RemainsRepository repository;
    private final TallyStore tallies;

    @Override
    public List<ReceiptCount> forTransfer(TransferId transfer) {
        ReceiptTally received = tallies.ofReceipt(transfer);
        if (received.bags() > 0) {
            return inUnits(received, repository.lastRegisteredOfTransfer(transfer).orElseThrow());
        }
        return tallies.lastReturnedIn(transfer).map(at -> inUnits(tallies.ofReturn(transfer), at)).orElse(List.of());
    }

    /** Bags when there are any, individuals always, body parts when there are any. */
    private static List<ReceiptCount> inUnits(ReceiptTally tally, Instant at) {
        List<ReceiptCount> counts = new ArrayList<>();
        if (tally.bags() > 0) {
            counts.add(new ReceiptCount(tally.bags(), Unit.BAGS, at));
        }
        counts.add(new ReceiptCount(tally.individuals(), Unit.INDIVIDUALS, at));
        if (tally.bodyParts() > 0) {
            counts.add(new ReceiptCount(tally.bodyParts(), Unit.FRAGMENTS, at));
        }
        return List.copyOf(counts);
    }
}
