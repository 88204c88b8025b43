package org.homeward.app.remains;

import java.util.Optional;

import org.homeward.app.remains.store.RemainsRepository;
import org.homeward.app.ledger.ReceiptCount;
import org.homeward.app.ledger.ReceiptCounts;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.Unit;
import org.springframework.stereotype.Component;

/**
 * Tells the ledger how many bodies (body numbers: bodies and body parts as received, before any
 * merge) the register holds for a transfer, so its transfer page shows them beside each party's claims.
 */
@Component
class RegisteredReceiptCounts implements ReceiptCounts {

    private final RemainsRepository repository;

    RegisteredReceiptCounts(RemainsRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<ReceiptCount> forTransfer(TransferId transfer) {
        long count = repository.countOfTransfer(transfer);
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(new ReceiptCount(count, Unit.BODIES, repository.lastRegisteredOfTransfer(transfer).orElse(null)));
    }
}
