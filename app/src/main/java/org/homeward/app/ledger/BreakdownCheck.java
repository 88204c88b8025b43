package org.homeward.app.ledger;

import java.util.List;

/**
 * A claim and the claims stated as its parts, one level of a breakdown tree (a part may have parts
 * of its own, checked by their own check). 563 with parts 320 and 154 is SHORT by 89 (the report put
 * the 89 from near Bakhmut inside the 320, a SUBSET of it); 563 with parts 320, 89 and 154 ADDS_UP.
 *
 * @param difference parts total − whole (negative when short)
 */
public record BreakdownCheck(ClaimView whole, List<ClaimView> parts, long partsTotal, BreakdownStatus status,
                             long difference) {

    public BreakdownCheck {
        parts = List.copyOf(parts);
    }

    /** The parts do not add up to the whole. */
    public boolean isFlagged() {
        return status == BreakdownStatus.SHORT || status == BreakdownStatus.EXCEEDS;
    }

    public long shortBy() {
        return Math.max(0, -difference);
    }

    public long exceedsBy() {
        return Math.max(0, difference);
    }
}
