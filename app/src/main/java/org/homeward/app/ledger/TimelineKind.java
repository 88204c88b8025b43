package org.homeward.app.ledger;

/** What happened at a point of the timeline. */
public enum TimelineKind {
    AGREEMENT, TRANSFER, OFFER
}
