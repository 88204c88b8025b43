package org.homeward.app.ledger;

import java.util.Map;

/**
 * Port through which another feature (identification) tells the ledger how many of the remains
 * received in each transfer are identified so far, for the public summary ("identified so far: 412,
 * 7% of received"). The ledger never depends on that feature; declare one bean implementing this.
 * Without one the ledger uses {@link #NONE} and shows no identification figures.
 */
@FunctionalInterface
public interface IdentifiedRemains {

    /** No identification feature: nothing is reported as identified. */
    IdentifiedRemains NONE = Map::of;

    /** The number of remains identified so far, per transfer they arrived in; transfers with none are left out. */
    Map<TransferId, Long> byTransfer();
}
