package org.homeward.app.ledger;

import java.util.Optional;

/**
 * Port through which another feature (the remains register) tells the ledger how many bags or
 * bodies were registered on receipt of a transfer. Declare one bean implementing it; without one the
 * ledger uses {@link #NONE}, and pages show that nothing is registered yet.
 */
@FunctionalInterface
public interface ReceiptCounts {

    /** No register: no transfer has a receipt count. */
    ReceiptCounts NONE = transfer -> Optional.empty();

    /** The count registered on receipt of the transfer, if any has been registered. */
    Optional<ReceiptCount> forTransfer(TransferId transfer);
}
