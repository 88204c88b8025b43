package org.homeward.app.ledger;

/**
 * Two transfers that could be one handover entered twice: the same direction, dates that overlap at
 * the precision each is known (July 2025 lies within 2025), and counts whose ranges meet.
 *
 * @param verdict the coordinator's latest verdict; null while unresolved
 */
public record PossibleDuplicate(TransferView first, TransferView second, HandoverVerdict verdict) {

    public boolean isUnresolved() {
        return verdict == null;
    }

    /** Marked as the same handover: counted once. */
    public boolean isSame() {
        return verdict != null && verdict.verdict() == HandoverVerdict.Kind.SAME;
    }
}
