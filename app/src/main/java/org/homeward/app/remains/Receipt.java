package org.homeward.app.remains;

import java.time.Instant;
import java.util.List;

import org.homeward.app.ledger.TransferId;

/**
 * A transfer as the register received it: its bags and the remains registered from them, how many
 * were examined, and its counts each in its unit.
 *
 * @param registeredAt when the last bag was registered; null when nothing is registered
 */
public record Receipt(TransferId transfer, List<Bag> bags, List<RemainsSummary> remains, long examined, ReceiptTally counts,
                      Instant registeredAt) {

    public Receipt {
        bags = List.copyOf(bags);
        remains = List.copyOf(remains);
    }
}
