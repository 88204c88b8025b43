package org.homeward.app.ledger;

import java.util.List;

/**
 * Port through which another feature (the remains register) tells the ledger what was registered
 * on receipt of a transfer, one count per unit (bags, individuals, body parts), so that bags are never
 * compared with individuals. Declare one bean implementing it; without one the
 * ledger uses {@link #NONE}, and pages show that nothing is registered yet.
 */
@FunctionalInterface
public interface ReceiptCounts {

    /** No register: no transfer has a receipt count. */
    ReceiptCounts NONE = transfer -> List.of();

    /** The counts registered on receipt of the transfer, each in its unit; empty when nothing is registered. */
    List<ReceiptCount> forTransfer(TransferId transfer);
}
