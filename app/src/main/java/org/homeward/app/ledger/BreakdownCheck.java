package org.homeward.app.ledger;

import java.util.List;

/**
 * One level of a breakdown tree: a claim, the parts it is divided into and the shares named of it
 * ("of those"). A part or a share may have parts of its own, checked at their own level. The 563 with
 * parts 320 and 154 is SHORT by 89 (that retelling put the 89 from near Bakhmut inside the 320, as a
 * share of it); the 563 with parts 320, 89 and 154 ADDS_UP; the 320 with its share 89 has nothing that
 * should add up (SHARES).
 *
 * @param difference parts total − whole (negative when short)
 */
public record BreakdownCheck(ClaimView whole, List<ClaimView> parts, List<ClaimView> shares, long partsTotal,
                             BreakdownStatus status, long difference) {

    public BreakdownCheck {
        parts = List.copyOf(parts);
        shares = List.copyOf(shares);
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
