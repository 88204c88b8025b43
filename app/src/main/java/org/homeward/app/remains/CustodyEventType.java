package org.homeward.app.remains;

/** What happened to an item in its chain of custody. */
public enum CustodyEventType {
    /** Handed over by the other side (or by anyone) to a custodian. */
    HANDOVER,
    /** Received at a facility. */
    RECEIPT,
    /** Put into storage (morgue, refrigerated container, shelf). */
    STORAGE_IN,
    /** Taken out of storage. */
    STORAGE_OUT,
    /** A DNA sample was taken. */
    SAMPLING,
    /** Examined. */
    EXAMINATION,
    /** Moved from one facility to another. */
    TRANSFER_BETWEEN_FACILITIES,
    /** Released to a family. */
    RELEASE_TO_FAMILY,
    /** Buried. */
    BURIAL,
    /** Returned to the other side. */
    RETURN_TO_OTHER_SIDE;

    /** Whether {@code next} may follow this event: after a return or a burial nothing, after a release to a family only a burial. */
    public boolean mayBeFollowedBy(CustodyEventType next) {
        return switch (this) {
            case RETURN_TO_OTHER_SIDE, BURIAL -> false;
            case RELEASE_TO_FAMILY -> next == BURIAL;
            default -> true;
        };
    }

    /** The type in plain lower-case words ("release to family"). */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** After this event the item is no longer in the register's custody. */
    public boolean endsCustody() {
        return this == RELEASE_TO_FAMILY || this == BURIAL || this == RETURN_TO_OTHER_SIDE;
    }
}
