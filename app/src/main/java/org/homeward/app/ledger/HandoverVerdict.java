package org.homeward.app.ledger;

import java.time.Instant;

/**
 * A coordinator's verdict on two transfers that could be the same handover: SAME (they are counted
 * once, in a merged view that keeps both transfers' sources) or DIFFERENT (the question is closed).
 * The latest verdict on a pair stands. {@code first} and {@code second} are in {@link #ordered} order.
 */
public record HandoverVerdict(TransferId first, TransferId second, Kind verdict, String note, Instant decidedAt,
                              String decidedBy) {

    public enum Kind {
        SAME, DIFFERENT
    }

    /** The pair in its one stored order: the smaller id (as text, which is also the database's order) first. */
    static TransferId[] ordered(TransferId a, TransferId b) {
        return a.toString().compareTo(b.toString()) < 0 ? new TransferId[] {a, b} : new TransferId[] {b, a};
    }
}
